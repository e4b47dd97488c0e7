import { expect } from './fixtures';
import type { Page } from '@playwright/test';
import { answersTo, SEED_TITLE } from './helpers';
import { importFile } from './hostile';

// A small flashcard deck to manage and study, and the steps the deck tests share.
export const ids = (n: number) => Array.from({ length: n }, (_, i) => `q${String(i).padStart(2, '0')}`);
export const rivers = (count: number) => ({
	schemaVersion: 1,
	id: 'rivers',
	title: 'Rivers',
	language: 'en',
	questions: ids(count).map((id) => ({ id, type: 'flashcard', prompt: `Front ${id}`, back: `Back ${id}`, tags: [] }))
});

export const deckCard = (page: Page, title: string) => page.locator('li', { has: page.getByRole('heading', { name: title, exact: true }) });

export async function importRivers(page: Page, count = 3): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await importFile(page, 'rivers.json', rivers(count));
	await expect(page.getByRole('status')).toContainText('Imported "Rivers"');
}

export async function openOptions(page: Page, title: string): Promise<void> {
	await deckCard(page, title)
		.getByRole('link', { name: `Options for ${title}` })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The id of the card on screen. */
export async function shownId(page: Page): Promise<string> {
	const item = page.locator('[data-question-id]');
	await expect(item).toBeVisible();
	return (await item.getAttribute('data-question-id')) ?? '';
}

/** Answers the flashcard on screen with Easy (a new card leaves the day's queue) and returns its id. */
export async function answerEasy(page: Page): Promise<string> {
	const id = await shownId(page);
	const stored = await answersTo(page, id);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy/ }).click();
	await expect(page.locator(`[data-question-id="${id}"]`)).toBeHidden();
	// The next card shows before the rating lands; the tests go on to read or leave the store.
	await expect.poll(() => answersTo(page, id)).toBe(stored + 1);
	return id;
}
