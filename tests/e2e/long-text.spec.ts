import { awaitInteractive, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SEED_TITLE } from './helpers';
import { expectNoSidewaysScroll, importFile } from './hostile';
import { createAssignment } from './teach-helpers';

// Words with no place to break, far wider than a phone, in every field outside text reaches.
const word = (n: number) => 'W'.repeat(n);
const LONG = word(2000);
const source = { quote: `Quote ${LONG}`, start: 0, end: 10 };
const TITLE = `Deck ${LONG}`;
const bank = {
	schemaVersion: 1,
	id: 'long-words',
	title: TITLE,
	language: 'en',
	questions: [
		{
			id: 'mcq',
			type: 'mcq',
			prompt: `Pick ${LONG}`,
			choices: [`Right${LONG}`, 'Wrong'],
			answer: 0,
			source,
			explanation: `Because ${LONG}`,
			tags: [word(300)]
		},
		{ id: 'tf', type: 'true_false', prompt: `True ${LONG}`, answer: true, source, tags: [] },
		{ id: 'cloze', type: 'cloze', prompt: `Fill ____ ${LONG}`, answer: word(400), source, tags: [] },
		{ id: 'short', type: 'short_answer', prompt: LONG, answer: word(400), tags: [] },
		{ id: 'num', type: 'numeric', prompt: 'How many?', answer: 3, unit: `units${word(300)}`, tags: [] },
		{ id: 'card', type: 'flashcard', prompt: `Front ${LONG}`, back: `Back ${LONG}`, source, tags: [] }
	]
};
const RIGHT: Record<string, string> = { cloze: word(400), short: word(400), num: '3' };

async function importLongDeck(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await importFile(page, `${word(300)}.json`, bank);
	await expect(page.getByRole('status')).toContainText('6 new');
	await expectNoSidewaysScroll(page, 'Home, with the import notice');
}

/** Answers the study item on screen right, measuring the page before and after. */
async function studyItem(page: Page, step: number): Promise<void> {
	const item = page.locator('[data-question-id]');
	const id = (await item.getAttribute('data-question-id')) ?? '';
	await expectNoSidewaysScroll(page, `study item ${step} (${id})`);
	if (id === 'card') {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByText(`Back ${LONG}`)).toBeVisible();
		await expectNoSidewaysScroll(page, 'flashcard, answer shown');
		await page.getByRole('button', { name: 'Good' }).click();
		// The rated card leaves before the next item or the summary is looked for.
		await expect(page.getByRole('button', { name: 'Good' })).toBeHidden();
		return;
	}
	if (id === 'num') {
		// A long unit goes under the answer box instead of squeezing it.
		const box = await page.getByRole('textbox', { name: 'Your answer' }).boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(200);
	}
	if (id === 'mcq') await page.getByRole('radio', { name: `Right${LONG}` }).check();
	else if (id === 'tf') await page.getByRole('radio', { name: 'True' }).check();
	else await page.getByRole('textbox', { name: 'Your answer' }).fill(RIGHT[id]);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Correct/);
	await expectNoSidewaysScroll(page, `feedback of ${id}`);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
}

test.describe('long unbroken text never widens the page on a phone', () => {
	test('Home, import messages, every study item with its feedback, the summary, Settings', async ({ page }) => {
		await importLongDeck(page);
		await importFile(page, `${word(300)}.json`, { ...bank, id: word(100), questions: [{ ...bank.questions[0], answer: 9 }] });
		await expect(page.getByRole('alert')).toContainText('The deck was not imported');
		await expectNoSidewaysScroll(page, 'Home, with the problems of an invalid file');

		await page.getByRole('link', { name: `Study ${TITLE}` }).click();
		const summary = page.getByRole('heading', { name: 'Session complete' });
		for (let step = 0; !(await summary.isVisible()); step++) {
			if (step >= 20) throw new Error('the session did not end');
			await expect(page.locator('[data-question-id]')).toBeVisible();
			await studyItem(page, step);
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		await expectNoSidewaysScroll(page, 'session summary');

		await page.goto(`/study/${word(300)}`);
		await expect(page.getByRole('alert')).toContainText('There is no deck called');
		await expectNoSidewaysScroll(page, 'a missing deck');

		await page.goto('/settings');
		await page.getByLabel('New cards per day').fill('');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoSidewaysScroll(page, 'Settings, with a problem');
	});

	test('Make questions, with an article of long words', async ({ page }) => {
		await page.goto('/generate');
		const sentence = `The ${word(600)} bridge over the ${word(600)} river was opened in 1998 by the mayor of ${word(600)}.`;
		await page.getByLabel('Article text').fill(Array.from({ length: 12 }, () => sentence).join(' '));
		await page.getByLabel('Deck title (optional)').fill(LONG);
		await expectNoSidewaysScroll(page, 'Make questions, filled in');
		await page.getByRole('button', { name: 'Generate' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'questions made' }).or(page.getByRole('alert'))).toBeVisible({ timeout: 30_000 });
		await expectNoSidewaysScroll(page, 'Make questions, with the outcome');
	});

	test('the teacher’s and the student’s screens', async ({ page, browser }, testInfo) => {
		test.slow();
		await importLongDeck(page);
		const title = word(200);
		const link = await createAssignment(page, {
			title,
			teacher: word(100),
			feedback: 'After each question',
			pick: async (p) => {
				await p.getByRole('combobox', { name: 'Deck' }).selectOption({ label: TITLE });
				await expectNoSidewaysScroll(p, 'the question picker');
				await p.getByRole('button', { name: /^Select all shown/ }).click();
			}
		});
		await expectNoSidewaysScroll(page, 'an assignment, with its link');
		await page.getByRole('link', { name: 'Teach' }).click();
		await expect(page.getByRole('link', { name: title })).toBeVisible();
		await expectNoSidewaysScroll(page, 'Teach, the list');

		const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 }, isMobile: true });
		awaitInteractive(context);
		const student = await context.newPage();
		await student.goto(link);
		await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expectNoSidewaysScroll(student, 'the assignment, before starting');
		await student.getByLabel('Your name').fill(word(100));
		await student.getByRole('button', { name: 'Start' }).click();
		const review = student.getByRole('heading', { name: 'Ready to submit?' });
		for (let step = 0; !(await review.isVisible()); step++) {
			if (step >= 10) throw new Error('the attempt did not end');
			const item = student.locator('[data-question-id]');
			await expect(item).toBeVisible();
			const id = (await item.getAttribute('data-question-id')) ?? '';
			await expectNoSidewaysScroll(student, `assignment question ${id}`);
			if (id === 'mcq') await student.getByRole('radio', { name: `Right${LONG}` }).check();
			else if (id === 'tf') await student.getByRole('radio', { name: 'True' }).check();
			else await student.getByRole('textbox', { name: 'Your answer' }).fill(RIGHT[id].slice(0, 400));
			await student.getByRole('button', { name: /^(Next|Finish)$/ }).click();
			await expect(student.getByRole('status').filter({ hasText: /^(Correct|Not quite)/ })).toBeVisible();
			await expectNoSidewaysScroll(student, `feedback of assignment question ${id}`);
			await student.getByRole('button', { name: /^(Next question|Finish)$/ }).click();
			await expect(item.or(review)).toBeVisible();
		}
		await expectNoSidewaysScroll(student, 'the attempt, before submitting');
		await student.getByRole('button', { name: 'Submit' }).click();
		await expect(student.getByRole('heading', { name: /^Send your result to/ })).toBeVisible();
		await expectNoSidewaysScroll(student, 'the attempt, submitted');
		const result = await student.getByRole('textbox', { name: 'The result link' }).inputValue();
		await context.close();

		await page.goto(result);
		await expect(page.getByText(/added\.$/)).toBeVisible();
		await expectNoSidewaysScroll(page, 'a result link, imported');
		await page.goto('/teach');
		await page.getByRole('link', { name: title }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expectNoSidewaysScroll(page, 'the gradebook, with a student');
		await page.goto('/teach/import');
		await page
			.getByRole('textbox')
			.first()
			.fill(`r1.${word(3000)} ${word(3000)}`);
		await page.getByRole('button', { name: 'Import' }).click();
		await expect(page.locator('li.notice').first()).toBeVisible();
		await expectNoSidewaysScroll(page, 'importing results, with problems');
	});
});
