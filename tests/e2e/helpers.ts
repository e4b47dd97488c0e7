import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { readTables } from './store';

export interface SeedQuestion {
	id: string;
	type: 'mcq' | 'true_false' | 'cloze' | 'short_answer' | 'numeric' | 'flashcard';
	prompt: string;
	choices?: string[];
	answer?: number | string | boolean;
	back?: string;
}

export const SEED_ID = 'winter-drone-campaign';
const seed = JSON.parse(readFileSync(`questions/banks/${SEED_ID}.json`, 'utf8')) as {
	title: string;
	questions: SeedQuestion[];
};
export const SEED_TITLE = seed.title;
/** How many seed questions there are, of one type or of all; tests derive their counts from the bank. */
export function seedCount(type?: SeedQuestion['type']): number {
	return seed.questions.filter((q) => !type || q.type === type).length;
}
const byId = new Map(seed.questions.map((q) => [q.id, q]));

/** The question on screen, looked up in the seed bank. */
export async function currentQuestion(page: Page): Promise<SeedQuestion> {
	const item = page.locator('[data-question-id]');
	await expect(item).toBeVisible();
	const id = await item.getAttribute('data-question-id');
	const q = id ? byId.get(id) : undefined;
	if (!q) throw new Error(`question ${id} is not in the seed bank`);
	return q;
}

/** A wrong answer of the right shape for a quiz question. */
function wrongText(q: SeedQuestion): string {
	return q.type === 'numeric' ? String(Number(q.answer) + 1000) : 'zzzz qqqq';
}

/**
 * Answers the item on screen as a person would, then moves on. Quiz items are answered right
 * (or wrong, when asked) and checked; flashcards are revealed and rated. Returns the question.
 */
export async function answerCurrent(page: Page, opts: { wrong?: boolean; flashcardRating?: string } = {}): Promise<SeedQuestion> {
	const q = await currentQuestion(page);
	if (q.type === 'flashcard') {
		const stored = await answersTo(page, q.id);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByText(q.back ?? '', { exact: true })).toBeVisible();
		const rate = page.getByRole('button', { name: opts.flashcardRating ?? 'Good' });
		await rate.click();
		// The rating buttons stay until the next item (or the summary) replaces the card; the
		// card's id would not do, as a lone learning card can come straight back.
		await expect(rate).toBeHidden();
		// The next card shows before the rating's write lands: a test reading the store next waits for it.
		await expect.poll(() => answersTo(page, q.id)).toBe(stored + 1);
		return q;
	}
	if (q.type === 'mcq') {
		const choices = q.choices ?? [];
		const index = opts.wrong ? (Number(q.answer) + 1) % choices.length : Number(q.answer);
		await page.getByRole('radio', { name: choices[index], exact: true }).check();
	} else if (q.type === 'true_false') {
		const value = opts.wrong ? !q.answer : q.answer;
		await page.getByRole('radio', { name: value ? 'True' : 'False', exact: true }).check();
	} else {
		await page.getByRole('textbox', { name: 'Your answer' }).fill(opts.wrong ? wrongText(q) : String(q.answer));
	}
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText(opts.wrong ? 'Not quite' : /^Correct/);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
	return q;
}

/** Sets the scheduling settings through the Settings page. */
export async function setNewPerDay(page: Page, count: number): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill(String(count));
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
}

/** Rows in the review log, read straight from IndexedDB as the app stored them. */
export async function reviewRows(page: Page): Promise<number> {
	return (await readTables(page, ['reviews'])).reviews.length;
}

/** Stored answers to one question. */
export async function answersTo(page: Page, questionId: string): Promise<number> {
	const { reviews } = await readTables(page, ['reviews']);
	return reviews.filter((row) => (row as { questionId: string }).questionId === questionId).length;
}

/** Waits until the service worker has cached the app and controls the page, as an installed app. */
export async function installed(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
