import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { installed, SEED_TITLE, seedCount } from './helpers';
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
	await expect(preview).toContainText('1 picture or sound is left out: Factdeck keeps text only.');
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

test('a Quizlet export with its own separator: each line a term and a definition, a line without one skipped', async ({ page }) => {
	await openCollection(page);
	await page.getByLabel('Format', { exact: true }).first().selectOption({ label: 'Quizlet term and definition text' });
	const between = page.getByRole('group', { name: 'Between term and definition' });
	await between.getByLabel('Other').check();
	await between.getByLabel('Separator').fill(' - ');
	await pickCards(
		page,
		'Biology terms.txt',
		'mitosis - cell division giving two identical cells\nosmosis - water crossing a membrane - towards more solute\nribosome\n'
	);
	const preview = page.getByRole('group', { name: /Biology terms/ });
	await expect(preview).toContainText('2 cards will be imported as a new deck.');
	await expect(preview.getByRole('listitem').filter({ hasText: 'line 3' })).toHaveText('line 3: has no " - " between term and definition');
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Imported “Biology terms”: 2 cards.');
	const { questions } = await readTables(page, ['questions']);
	const cards = (questions as { bankId: string; question: { prompt: string; back?: string } }[])
		.filter((q) => q.bankId === 'biology-terms')
		.map((q) => q.question);
	expect(cards).toEqual([
		expect.objectContaining({ prompt: 'mitosis', back: 'cell division giving two identical cells' }),
		expect.objectContaining({ prompt: 'osmosis', back: 'water crossing a membrane - towards more solute' })
	]);
});

test('back up, wipe the database, restore: the deck and its progress are back', async ({ page }) => {
	await openCollection(page);
	await pickCards(page, 'Spanish words.csv', CSV);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'Study it' }).click();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: 'Good' }).click();
	// The next card on screen means the answer is stored.
	await expect(page.getByText('adiós', { exact: true })).toBeVisible();
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
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Import cards' })).toBeVisible();
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await page.getByLabel('Choose a file to import').setInputFiles({
		name: 'biology.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(apkg({ 'collection.anki2': sqlite }, ['cell.png']))
	});
	const preview = page.getByRole('group', { name: /Biology/ });
	await expect(preview).toContainText('2 cards will be imported as a new deck, with 2 answers of review history.');
	await expect(preview).toContainText('1 picture or sound is left out: Factdeck keeps text only.');
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported “Biology”: 2 cards and 2 answers of history.');
	const { cards } = await readTables(page, ['cards']);
	const card = (cards as { id: string; queue: string }[]).find((c) => c.id === 'biology/anki-g1');
	expect(card?.queue).toBe('review');
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

test('a deck exported as GIFT downloads a file that imports back as the same questions', async ({ page }) => {
	await openCollection(page);
	await page.getByLabel('Deck', { exact: true }).selectOption({ label: SEED_TITLE });
	await page.getByLabel('Format', { exact: true }).last().selectOption({ label: 'Moodle GIFT' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/\.gift$/);
	const path = test.info().outputPath('deck.gift');
	await file.saveAs(path);
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(`${seedCount()} questions`);
	await pickCards(page, 'deck.gift', readFileSync(path, 'utf8'));
	const preview = page.getByRole('group', { name: /deck\.gift/ });
	await expect(preview).toContainText(`${seedCount()} cards will be imported as a new deck.`);
	await expect(preview).not.toContainText('will be skipped');
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
