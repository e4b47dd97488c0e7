import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CSV, deckRow, openCollection, pickCards } from './collection-helpers';
import { installed, SEED_TITLE, seedCount } from './helpers';
import { expectNoSidewaysScroll } from './hostile';
import { readTables } from './store';

// Each import format with a small real file, on the phone: what the preview says, then what lands.

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
