import { expect, test } from './fixtures';
import { SEED_TITLE } from './helpers';
import { readTables } from './store';

// Room enough for the app's files and the built-in deck, not for the bank below.
const QUOTA_BYTES = 3 * 1024 * 1024;

/**
 * A valid bank larger than that room: 2,500 questions of 1,000 letters each. The letters are
 * scrambled because Chromium compresses what IndexedDB stores: repeated text would fit.
 */
function bigBank(): string {
	let seed = 1;
	const letters = (n: number) =>
		Array.from({ length: n }, () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			return String.fromCharCode(97 + ((seed >>> 16) % 26));
		}).join('');
	const questions = Array.from({ length: 2500 }, (_, i) => ({
		id: `q${i}`,
		type: 'flashcard',
		prompt: `Front ${i} ${letters(500)}`,
		back: `Back ${i} ${letters(500)}`,
		tags: []
	}));
	return JSON.stringify({ schemaVersion: 1, id: 'too-big', title: 'Too big for the room left', language: 'en', questions });
}

test('a storage quota error during an import says so plainly and leaves the database as it was', async ({ page, baseURL }) => {
	// Chromium's own quota for the origin, shrunk before the app first opens its database (an
	// open database keeps the quota it started with): the import's transaction then fails on a
	// real QuotaExceededError.
	await page.goto('/favicon.svg');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL ?? '').origin, quotaSize: QUOTA_BYTES });
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	// Every row of every table, as stored: what "the database as it was" means.
	const before = await readTables(page);

	await page.getByLabel('Import a deck (.json)').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(bigBank()) });
	const alert = page.getByRole('alert');
	// Reading, checking and writing a file this big takes a while on a loaded machine.
	await expect(alert).toContainText('The deck was not imported; nothing was changed.', { timeout: 30_000 });
	await expect(alert).toContainText(/no storage space left/i);
	await expect(page.getByRole('heading', { name: 'Too big for the room left' })).toBeHidden();
	expect(await readTables(page)).toEqual(before);
});
