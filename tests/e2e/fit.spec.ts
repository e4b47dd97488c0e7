import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { SEED_TITLE } from './helpers';
import { importFile } from './hostile';

// On a 360×740 phone every control of the study loop is on screen without the learner
// scrolling, for items whose prompts run to 300 characters; the generator's results too.

const prompt = (start: string) => `${start} ${'the drones flew low over the river at night and '.repeat(7)}`.slice(0, 300);
const source = { quote: `A sentence of the article that says so, ${'at some length, '.repeat(8)}and ends.`, start: 0, end: 10 };
const bank = {
	schemaVersion: 1,
	id: 'long-prompts',
	title: 'Long prompts',
	language: 'en',
	questions: [
		{
			id: 'mcq',
			type: 'mcq',
			prompt: prompt('Which?'),
			choices: ['Kaluga oblast', 'Tula oblast', 'Bryansk oblast', 'Smolensk oblast'],
			answer: 0,
			source,
			explanation: 'Because the article says so in its third paragraph.',
			tags: []
		},
		{ id: 'tf', type: 'true_false', prompt: prompt('True?'), answer: true, source, tags: [] },
		{ id: 'cloze', type: 'cloze', prompt: `${prompt('Fill')} ____.`.slice(-300), answer: 'Moscow', source, tags: [] },
		{ id: 'short', type: 'short_answer', prompt: prompt('Who?'), answer: 'Sobyanin', source, tags: [] },
		{ id: 'num', type: 'numeric', prompt: prompt('How many?'), answer: 24, unit: 'drones', source, tags: [] },
		{ id: 'card', type: 'flashcard', prompt: prompt('Front'), back: prompt('Back'), source, tags: [] }
	]
};
const RIGHT: Record<string, string> = { cloze: 'Moscow', short: 'Sobyanin', num: '24' };

/** The control is drawn whole inside the screen as it stands: no scrolling needed to reach it. */
async function expectOnScreen(control: Locator, what: string): Promise<void> {
	await expect(control).toBeVisible();
	const box = await control.boundingBox();
	const height = control.page().viewportSize()?.height ?? 0;
	expect(box, `${what} has no box`).not.toBeNull();
	expect(box?.y ?? -1, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
	expect((box?.y ?? 0) + (box?.height ?? 0), `${what} ends below the ${height} px screen`).toBeLessThanOrEqual(height);
}

async function studyItem(page: Page, id: string): Promise<void> {
	if (id === 'card') {
		await expectOnScreen(page.getByRole('button', { name: 'Show answer' }), 'Show answer');
		await page.getByRole('button', { name: 'Show answer' }).click();
		for (const name of ['Again', 'Hard', 'Good', 'Easy']) await expectOnScreen(page.getByRole('button', { name: new RegExp(`^${name}`) }), name);
		await page.getByRole('button', { name: /^Good/ }).click();
		return;
	}
	if (id === 'mcq' || id === 'tf') {
		for (const radio of await page.getByRole('radio').all()) await expectOnScreen(radio, `a choice of ${id}`);
		await page.getByRole('radio').first().check();
	} else {
		await expectOnScreen(page.getByRole('textbox', { name: 'Your answer' }), `the answer box of ${id}`);
		await page.getByRole('textbox', { name: 'Your answer' }).fill(RIGHT[id]);
	}
	await expectOnScreen(page.getByRole('button', { name: 'Check' }), `Check of ${id}`);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Correct/);
	for (const name of ['Hard', 'Next', 'Easy']) await expectOnScreen(page.getByRole('button', { name, exact: true }), `${name} after checking ${id}`);
	await expectOnScreen(page.getByRole('status'), `the verdict of ${id}`);
	await page.getByRole('button', { name: 'Next' }).click();
}

test.describe('the study loop fits a phone screen', () => {
	test('every control of every kind of item, before and after Check, with 300-character prompts', async ({ page }) => {
		test.skip(page.viewportSize()?.height !== 740, 'measured on the phone');
		await page.goto('/');
		await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		await importFile(page, 'long-prompts.json', bank);
		await expect(page.getByRole('status')).toContainText('6 new');
		await page.getByRole('link', { name: 'Study Long prompts' }).click();
		const seen = new Set<string>();
		const summary = page.getByRole('heading', { name: 'Session complete' });
		for (let step = 0; seen.size < 6; step++) {
			if (step >= 12) throw new Error(`only ${[...seen].join(', ')} came up`);
			const item = page.locator('[data-question-id]');
			const id = (await item.getAttribute('data-question-id')) ?? '';
			await studyItem(page, id);
			seen.add(id);
			// The answered item leaves first, so the next read is of the next item.
			await expect(page.locator(`[data-question-id="${id}"]`)).toBeHidden();
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
	});

	test('the generator brings its results on screen when they are ready', async ({ page }) => {
		test.skip(page.viewportSize()?.height !== 740, 'measured on the phone');
		const article = readFileSync('questions/sources/winter-drone-campaign.md', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		await page.goto('/generate');
		await page.getByLabel('Article text').fill(article);
		await page.getByRole('button', { name: 'Generate' }).click();
		const made = page.getByRole('status').filter({ hasText: 'questions made' });
		await expect(made).toBeVisible({ timeout: 30_000 });
		await expectOnScreen(made, 'the count of questions made');
		await expectOnScreen(page.getByRole('button', { name: /^Save deck/ }), 'Save deck');
	});
});
