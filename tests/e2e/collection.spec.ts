import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { installed, SEED_TITLE } from './helpers';
import { expectNoSidewaysScroll } from './hostile';
import { readTables } from './store';
import { snapshotDatabase } from './storage-full';

const CSV = 'front,back,tags\nhola,hello,greeting\nlonely row\nadiós,goodbye,greeting\n';
const ANKI_TEXT = [
	'#separator:tab',
	'#html:true',
	'#deck:Languages::Capitals',
	'#columns:Front\tBack\tTags',
	'#tags column:3',
	'Capital of <b>France</b>?\tParis\tgeo',
	'{{c1::Rome}} is the capital of Italy\t\tgeo',
	'Capital of Spain?\tMadrid <img src="madrid.jpg">\t',
	''
].join('\n');

async function openCollection(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await page.getByRole('link', { name: /Back up, restore, or import cards/ }).click();
	await expect(page.getByRole('heading', { name: 'Back up and import', level: 1 })).toBeVisible();
}

async function pickCards(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

function deckRow(page: Page, title: string) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Backs up through the page and returns the downloaded file's text. */
async function backUp(page: Page): Promise<{ name: string; text: string }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up', exact: true }).click();
	const file = await download;
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function restoreFrom(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Restore from a backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a CSV with a bad row: the preview says what is skipped and why, then Import lands the rest as a new deck', async ({ page }) => {
	await openCollection(page);
	await pickCards(page, 'Spanish words.csv', CSV);
	const preview = page.getByRole('group', { name: /Spanish words/ });
	await expect(preview).toContainText('2 cards will be imported as a new deck.');
	await expect(preview).toContainText('1 item will be skipped.');
	await expect(preview.getByRole('listitem').filter({ hasText: 'line 3' })).toHaveText('line 3: has 1 column; needs a front and a back');
	expect((await readTables(page, ['banks'])).banks).toHaveLength(1);
	await expectNoSidewaysScroll(page, 'import preview');
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Imported “Spanish words”: 2 cards.');
	await page.getByRole('link', { name: 'Your decks' }).click();
	await expect(deckRow(page, 'Spanish words')).toContainText('2 new');
});

test('an Anki plain-text file: headers read, HTML made plain, a cloze note becomes a fill-in-the-blank question', async ({ page }) => {
	await openCollection(page);
	await pickCards(page, 'capitals.txt', ANKI_TEXT);
	const preview = page.getByRole('group', { name: /Capitals/ });
	await expect(preview).toContainText('3 cards will be imported as a new deck.');
	await expect(preview).toContainText('1 pictures and sounds are left out');
	await expect(preview.getByText('Capital of France?', { exact: true })).toBeVisible();
	await expect(preview.getByText('____ is the capital of Italy', { exact: true })).toBeVisible();
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Imported “Capitals”: 3 cards.');
	const { questions } = await readTables(page, ['questions']);
	const types = (questions as { bankId: string; order: number; question: { type: string } }[])
		.filter((q) => q.bankId === 'capitals')
		.sort((a, b) => a.order - b.order)
		.map((q) => q.question.type);
	expect(types).toEqual(['flashcard', 'cloze', 'flashcard']);
});

test('back up, wipe the database, restore: the deck and its progress are back', async ({ page }) => {
	await openCollection(page);
	await pickCards(page, 'Spanish words.csv', CSV);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'Study it' }).click();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: 'Good' }).click();
	await page.goto('/');
	const before = await deckRow(page, 'Spanish words').textContent();
	const reviews = (await readTables(page, ['reviews'])).reviews.length;
	expect(reviews).toBe(1);

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

test('an Anki package: read offline with the bundled SQLite, its review history carried over', async ({ page, context }) => {
	const { apkg, collection } = await import('../../src/lib/formats/test-apkg');
	const day = 86_400_000;
	const t0 = Date.now() - 20 * day;
	const sqlite = await collection(
		'Biology',
		[
			{ id: 1, fields: ['Powerhouse of the cell', 'Mitochondria'] },
			{ id: 2, fields: ['<i>Photosynthesis</i> happens in the', 'Chloroplast'] }
		],
		[
			{ at: t0, noteId: 1, ease: 3, type: 0 },
			{ at: t0 + day, noteId: 1, ease: 3 }
		]
	);
	await openCollection(page);
	await installed(page);
	await context.setOffline(true);
	await page.getByLabel('Choose a file to import').setInputFiles({
		name: 'biology.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(apkg({ 'collection.anki2': sqlite }, ['cell.png']))
	});
	const preview = page.getByRole('group', { name: /Biology/ });
	await expect(preview).toContainText('2 cards will be imported as a new deck, with 2 answers of review history.');
	await expect(preview).toContainText('1 pictures and sounds are left out');
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported “Biology”: 2 cards and 2 answers of history.');
	const { cards } = await readTables(page, ['cards']);
	const card = (cards as { id: string; queue: string }[]).find((c) => c.id === 'biology/anki-g1');
	expect(card?.queue).toBe('review');
});
