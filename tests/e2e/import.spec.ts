import { expect, test } from './fixtures';
import { SEED_TITLE } from './helpers';
import { importFile } from './hostile';
import { snapshotDatabase } from './storage-full';

const deck = (title: string, ids: string[]) => ({
	schemaVersion: 1,
	id: 'my-rivers',
	title,
	language: 'en',
	questions: ids.map((id) => ({ id, type: 'flashcard', prompt: `Front ${id}`, back: `Back ${id}`, tags: [] }))
});

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
});

test('each import replaces the notice of the one before, and JSON nested 100,000 deep gets a message', async ({ page }) => {
	await importFile(page, 'rivers.json', deck('Rivers', ['a', 'b']));
	await expect(page.getByRole('status')).toHaveText('Imported "Rivers": 2 new, 0 updated, 0 retired questions.');
	const before = await snapshotDatabase(page);

	await importFile(page, 'deep.json', '['.repeat(100_000));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The deck was not imported; nothing was changed.');
	await expect(alert).toContainText('deep.json: -: JSON: line 1, column 100001: expected a value but got the end of the file');
	await expect(page.getByText('Imported "Rivers"')).toBeHidden();

	await importFile(page, 'deeper.json', '{"a":'.repeat(100_000));
	await expect(alert).toContainText('deeper.json: -: JSON: line 1, column 500001');
	await expect(alert).not.toContainText('deep.json');
	expect(await snapshotDatabase(page)).toBe(before);
});

test.describe('a file with the id of a deck the learner has', () => {
	test.beforeEach(async ({ page }) => {
		await importFile(page, 'mine.json', deck('My rivers', ['a', 'b', 'c']));
		await expect(page.getByRole('status')).toContainText('3 new');
	});

	test('asks first, and by default imports it as a new deck, leaving the learner’s deck whole', async ({ page }) => {
		await importFile(page, 'theirs.json', deck('Rivers of Europe', ['a', 'd']));
		const ask = page.getByRole('group', { name: /You already have a deck with the id of this file: “My rivers”/ });
		await expect(ask).toContainText('2 of your questions are not in the file and would be retired');
		await expect(ask.getByRole('button', { name: 'Import as a new deck' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText('Imported "Rivers of Europe" as a new deck: 2 questions.');
		const mine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'My rivers' }) });
		await expect(mine).toContainText('3 questions');
		await expect(mine.getByTestId('new-count')).toHaveText('3 new');
		const theirs = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Rivers of Europe' }) });
		await expect(theirs).toContainText('2 questions');
	});

	test('replaces the deck only when the learner says so', async ({ page }) => {
		await importFile(page, 'theirs.json', deck('Rivers of Europe', ['a', 'd']));
		await page.getByRole('button', { name: 'Replace my deck' }).click();
		await expect(page.getByRole('status')).toHaveText('Imported "Rivers of Europe": 1 new, 0 updated, 2 retired questions.');
		await expect(page.getByRole('heading', { name: 'My rivers' })).toBeHidden();
		await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Rivers of Europe' }) })).toContainText('2 questions');
	});

	test('changes nothing when the learner cancels', async ({ page }) => {
		const before = await snapshotDatabase(page);
		await importFile(page, 'theirs.json', deck('Rivers of Europe', ['d']));
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('status')).toHaveText('Nothing was imported from theirs.json.');
		await expect(page.getByRole('group', { name: /You already have a deck/ })).toBeHidden();
		expect(await snapshotDatabase(page)).toBe(before);
	});
});
