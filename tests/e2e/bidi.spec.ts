import { expect, test } from './fixtures';
import { SEED_TITLE } from './helpers';
import { expectReadsLeftToRight, importFile } from './hostile';

// A right-to-left override that is never closed: unisolated, it turns around every word that
// follows it in the same paragraph, the app's own words included.
const RLO = '\u202E';
const deck = {
	schemaVersion: 1,
	id: 'reversed',
	title: `${RLO}Reversed deck`,
	language: 'en',
	questions: [
		{ id: 'q1', type: 'mcq', prompt: `${RLO}Which one?`, choices: [`${RLO}first`, 'second'], answer: 0, explanation: `${RLO}why`, tags: [] },
		{ id: 'q2', type: 'flashcard', prompt: `${RLO}front`, back: `${RLO}back`, tags: [] }
	]
};

test('outside text with an unclosed U+202E never turns the app’s own words around', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();

	await importFile(page, `${RLO}deck.json`, deck);
	const imported = page.getByRole('status');
	await expect(imported).toContainText('2 new, 0 updated, 0 retired questions');
	await expectReadsLeftToRight(imported, 'retired');

	await importFile(page, `${RLO}deck.json`, { ...deck, questions: [deck.questions[0]] });
	const ask = page.getByRole('group', { name: /You already have a deck/ });
	await expectReadsLeftToRight(ask, 'holds');
	await expectReadsLeftToRight(ask, 'Replacing');
	await ask.getByRole('button', { name: 'Cancel' }).click();

	await importFile(page, `${RLO}bad.json`, { ...deck, questions: [{ ...deck.questions[0], answer: 7 }] });
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('The deck was not imported');
	await expectReadsLeftToRight(problems.getByRole('listitem'), 'answer');

	await page.goto(`/study/${encodeURIComponent(`${RLO}gone`)}`);
	await expectReadsLeftToRight(page.getByRole('alert'), 'device');

	await page.goto('/generate');
	await page.getByLabel('Open a .txt or .md file').setInputFiles({ name: `${RLO}notes.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
	await expectReadsLeftToRight(page.getByRole('alert'), 'open');

	const junk = { mimeType: 'application/json', buffer: Buffer.from('{"nope": true}') };
	await page.goto('/a');
	await page.getByLabel('Open an assignment file').setInputFiles({ name: `${RLO}homework.json`, ...junk });
	await expectReadsLeftToRight(page.getByRole('alert'), 'Factdeck');

	await page.goto('/teach/import');
	await page.getByLabel('Open result files').setInputFiles({ name: `${RLO}ana.json`, ...junk });
	await expectReadsLeftToRight(page.getByRole('listitem').filter({ hasText: 'not a Factdeck' }), 'Factdeck');
});
