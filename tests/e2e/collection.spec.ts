import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { backUp, CSV, deckRow, openCollection, pickCards, restoreFrom } from './collection-helpers';
import { SEED_TITLE } from './helpers';
import { expectNoSidewaysScroll } from './hostile';
import { readTables } from './store';
import { snapshotDatabase } from './storage-full';

// Backup and restore, the backup offer, and the collection page's accessibility and layout.

test('back up, wipe the database, restore: the deck and its progress are back', async ({ page }) => {
	await openCollection(page);
	await pickCards(page, 'Spanish words.csv', CSV);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'Study it' }).click();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: 'Good' }).click();
	await expect(page.getByText('adiós', { exact: true })).toBeVisible();
	// The next card shows before the rating lands: the answer is stored before the page is left.
	await expect.poll(async () => (await readTables(page, ['reviews'])).reviews.length).toBe(1);
	await page.goto('/');
	const before = await deckRow(page, 'Spanish words').textContent();

	await page.getByRole('link', { name: /Back up, restore, or import cards/ }).click();
	const file = await backUp(page);
	expect(file.name).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status')).toContainText(`Saved ${file.name}: 2 decks`);

	await page.goto('/favicon.svg');
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.deleteDatabase('factdeck');
				request.onsuccess = resolve;
				request.onerror = () => reject(request.error);
			})
	);
	await openCollection(page);
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
	await restoreFrom(page, file.name, file.text);
	const ask = page.getByRole('group', { name: 'Replace everything on this device with this backup?' });
	await expect(ask).toContainText('It holds 2 decks');
	await expect(ask).toContainText('1 answer');
	await expectNoSidewaysScroll(page, 'restore summary');
	await ask.getByRole('button', { name: 'Replace everything' }).click();
	await expect(page.getByRole('status')).toContainText(`Restored ${file.name}: 2 decks and 1 answer are back.`);
	await page.getByRole('link', { name: 'Go to your decks' }).click();
	await expect(deckRow(page, 'Spanish words')).toHaveText(before ?? '');
	expect((await readTables(page, ['reviews'])).reviews).toHaveLength(1);
});

test('a damaged backup is refused with a message and changes nothing', async ({ page }) => {
	await openCollection(page);
	const file = await backUp(page);
	await pickCards(page, 'Spanish words.csv', CSV);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
	const before = await snapshotDatabase(page);

	const damaged = file.text.replace('"questionCount":', '"questionCount":1');
	writeFileSync(test.info().outputPath('damaged.json'), damaged);
	await restoreFrom(page, 'damaged.json', damaged);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('damaged.json was not restored, and nothing on this device changed.');
	await expect(alert).toContainText('its data does not match its checksum');

	await restoreFrom(page, 'cut.json', file.text.slice(0, 200));
	await expect(alert).toContainText('cut.json was not restored');
	await expect(alert).toContainText('it is not readable JSON');
	expect(await snapshotDatabase(page)).toBe(before);
});

test('Home offers a backup once the last one is older than the days chosen, and not after a backup', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	const offer = page.getByRole('status').filter({ hasText: 'Back up now' });
	await expect(offer).toBeHidden();
	await page.evaluate(
		(lastBackupAt) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key: 'backup', value: { lastBackupAt, offerAfterDays: 3 } });
					tx.oncomplete = () => {
						open.result.close();
						resolve(null);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		Date.now() - 4 * 86_400_000
	);
	await page.reload();
	await expect(offer).toHaveText('Your last backup is more than 3 days old. Back up now');
	await offer.getByRole('link', { name: 'Back up now' }).click();
	await backUp(page);
	await page.getByRole('link', { name: 'Your decks' }).click();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(offer).toBeHidden();
});

test('the page, the import preview and the restore question have no axe-core violations', async ({ page }) => {
	const violations = async () =>
		(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	await openCollection(page);
	expect(await violations()).toEqual([]);
	await pickCards(page, 'Spanish words.csv', CSV);
	await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
	expect(await violations()).toEqual([]);
	const file = await backUp(page);
	await restoreFrom(page, file.name, file.text);
	await expect(page.getByRole('button', { name: 'Replace everything' })).toBeFocused();
	expect(await violations()).toEqual([]);
});

test('long words and right-to-left marks from a file never widen the page', async ({ page }) => {
	const long = 'W'.repeat(2000);
	const name = `\u202e${'N'.repeat(300)}.csv`;
	await openCollection(page);
	await pickCards(page, name, `front,back\n"Front ${long}","Back ${long}"\n"only ${long}"\n`);
	await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
	await expectNoSidewaysScroll(page, 'import preview of long words');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
	await expectNoSidewaysScroll(page, 'import notice with a long title');
	await expectNoSidewaysScroll(page, 'export with a long deck title');
	const file = await backUp(page);
	await page
		.getByLabel('Restore from a backup')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(file.text.replace('"manifest"', '"manifesto"')) });
	await expect(page.getByRole('alert')).toContainText('This is not a Factdeck backup');
	await expectNoSidewaysScroll(page, 'refused restore of a long file name');
});

test('the number of days before Home offers a backup is kept, and a number out of range is refused', async ({ page }) => {
	await openCollection(page);
	const days = page.getByLabel('Offer a backup on Home after this many days');
	await expect(days).toHaveValue('14');
	await days.fill('30');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Home will offer a backup 30 days after the last one.');
	await page.reload();
	await expect(days).toHaveValue('30');
	await days.fill('400');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	// The browser holds the form back and names the limit: nothing is saved.
	expect(await days.evaluate((input: HTMLInputElement) => input.validity.rangeOverflow)).toBe(true);
	const { settings } = await readTables(page, ['settings']);
	expect(settings).toContainEqual({ key: 'backup', value: { lastBackupAt: null, offerAfterDays: 30 } });
});

/** Controls smaller than a 44×44 px touch target (a control's label counts, as a tap on it works it). */

function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select')]
			.filter((e) => e.getClientRects().length > 0 && !e.classList.contains('visually-hidden'))
			.map((e) => {
				const box = (e.closest('label') ?? e).getBoundingClientRect();
				return { name: `${e.tagName.toLowerCase()} “${(e.textContent ?? e.id).trim().slice(0, 30)}”`, w: Math.round(box.width), h: Math.round(box.height) };
			})
			.filter(({ w, h }) => w < 44 || h < 44)
			.map(({ name, w, h }) => `${name}: ${w}×${h}`)
	);
}

test('every control of the collection page is a 44 px touch target, in each state', async ({ page }) => {
	await openCollection(page);
	expect(await smallTargets(page), 'the page').toEqual([]);
	await page.getByLabel('Format', { exact: true }).first().selectOption('quizlet');
	await page.getByLabel('Other').check();
	expect(await smallTargets(page), 'Quizlet options').toEqual([]);
	await page.getByLabel('Format', { exact: true }).first().selectOption('auto');
	await pickCards(page, 'Spanish words.csv', CSV);
	expect(await smallTargets(page), 'the preview').toEqual([]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Study it' })).toBeVisible();
	const file = await backUp(page);
	await restoreFrom(page, file.name, file.text);
	expect(await smallTargets(page), 'the restore question and the import notice').toEqual([]);
	await page.getByRole('button', { name: 'Replace everything' }).click();
	await expect(page.getByRole('link', { name: 'Go to your decks' })).toBeVisible();
	expect(await smallTargets(page), 'the restore notice').toEqual([]);
});
