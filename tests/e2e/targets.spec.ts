import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCurrent, currentQuestion, setNewPerDay } from './helpers';

// Every control is a touch target of 44×44 px at least (its label counts, as a tap on it works
// the control), and keyboard focus is visible on each.

async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
			.filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden, [hidden]') && !e.classList.contains('visually-hidden'))
			.map((e) => {
				const target = e.closest('label') ?? e;
				const box = target.getBoundingClientRect();
				const name = (e.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40);
				return { name: `${e.tagName.toLowerCase()} “${name}”`, w: Math.round(box.width), h: Math.round(box.height) };
			})
			.filter(({ w, h }) => w < 44 || h < 44)
			.map(({ name, w, h }) => `${name}: ${w}×${h}`)
	);
}

async function expectTargets(page: Page, screen: string): Promise<void> {
	expect(await smallTargets(page), screen).toEqual([]);
}

test.describe('touch targets of 44 px', () => {
	test('Home, Settings, Teach, a new assignment and a missing deck', async ({ page }) => {
		for (const [path, heading] of [
			['/', 'Your decks'],
			['/settings', 'Settings'],
			['/deck/winter-drone-campaign', 'Russia and Ukraine trade the first round of a winter drone campaign'],
			['/stats', 'Statistics'],
			['/browse', 'Browse'],
			['/teach', 'Teach'],
			['/teach/new', 'New assignment'],
			['/teach/import', 'Import results'],
			['/study/no-such-deck', 'Deck not found']
		] as const) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
			await expectTargets(page, path);
		}
	});

	test('the study screen in each of its states, and the summary', async ({ page }) => {
		await setNewPerDay(page, 4);
		await page.goto('/study/winter-drone-campaign');
		const summary = page.getByRole('heading', { name: 'Session complete' });
		let seenFeedback = false;
		for (let i = 0; i < 30 && !(await summary.isVisible()); i++) {
			const q = await currentQuestion(page);
			await expectTargets(page, `${q.type} question`);
			if (q.type === 'flashcard') {
				await page.getByRole('button', { name: 'Show answer' }).click();
				await expectTargets(page, 'flashcard back');
				await page.getByRole('button', { name: /^Good/ }).click();
				// The rated card leaves before the loop reads the item on screen again.
				await expect(page.getByRole('button', { name: /^Good/ })).toBeHidden();
			} else if (seenFeedback) {
				await answerCurrent(page);
			} else {
				seenFeedback = true;
				if (q.type === 'mcq' || q.type === 'true_false') await page.getByRole('radio').first().check();
				else await page.getByRole('textbox', { name: 'Your answer' }).fill('x');
				await page.getByRole('button', { name: 'Check' }).click();
				await expectTargets(page, 'feedback');
				await page.getByRole('button', { name: 'Next' }).click();
				await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
			}
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		await expect(summary).toBeVisible();
		await expectTargets(page, 'summary');
	});

	test('the generator’s results, with the editor of each question', async ({ page }) => {
		const article = readFileSync('questions/sources/winter-drone-campaign.md', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		await page.goto('/generate');
		await page.getByLabel('Article text').fill(article);
		await page.getByRole('button', { name: 'Generate' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'questions made' })).toBeVisible({ timeout: 30_000 });
		await expectTargets(page, 'generator results');
	});
});

test('keyboard focus on “Import a deck” is visible', async ({ page }) => {
	await page.goto('/');
	const picker = page.locator('label', { hasText: 'Import a deck (.json)' });
	await expect(picker).toBeVisible();
	const ring = () => picker.evaluate((label) => getComputedStyle(label).outlineStyle);
	expect(await ring()).toBe('none');
	for (let i = 0; i < 20 && !(await page.getByLabel('Import a deck (.json)').evaluate((e) => e === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(page.getByLabel('Import a deck (.json)')).toBeFocused();
	expect(await ring()).toBe('solid');
});
