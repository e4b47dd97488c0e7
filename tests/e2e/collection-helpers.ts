import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEED_TITLE } from './helpers';

// What the collection page's browser tests share: opening it, picking a file, backing up.

/** A CSV of three rows, one without a back (skipped). */
export const CSV = 'front,back,tags\nhola,hello,greeting\nlonely row\nadiós,goodbye,greeting\n';

export async function openCollection(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await page.getByRole('link', { name: /Back up, restore, or import cards/ }).click();
	await expect(page.getByRole('heading', { name: 'Back up and import', level: 1 })).toBeVisible();
}

export async function pickCards(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

export function deckRow(page: Page, title: string) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Backs up through the page and returns the downloaded file's text. */
export async function backUp(page: Page): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up', exact: true }).click();
	const file = await download;
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

export async function restoreFrom(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Restore from a backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
