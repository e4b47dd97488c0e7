import { expect, test } from './fixtures';
import { answerEasy, deckCard, ids, importRivers, openOptions, shownId } from './deck-helpers';
import { reviewRows, SEED_TITLE } from './helpers';

// Studying a deck by its own options: reset to new, its daily new-card limit, its new-card order.

test('resets a deck: its cards are new again and its answers stay in the history', async ({ page }) => {
	await importRivers(page);
	await deckCard(page, 'Rivers').getByRole('link', { name: 'Study Rivers' }).click();
	await answerEasy(page);
	await answerEasy(page);
	await page.goto('/');
	await expect(deckCard(page, 'Rivers').getByTestId('new-count')).toHaveText('1 new');
	await openOptions(page, 'Rivers');
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await expect(page.getByText('All 3 cards become new again, in bank order. Your 2 past answers stay in the statistics.')).toBeVisible();
	await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('All 3 cards are new again. Your past answers are kept in the statistics.');
	await page.getByRole('link', { name: '← Your decks' }).click();
	await expect(deckCard(page, 'Rivers').getByTestId('new-count')).toHaveText('3 new');
	expect(await reviewRows(page)).toBe(2);
});

test("a deck's own daily new-card limit is honoured in a study session", async ({ page }) => {
	await importRivers(page, 5);
	await expect(deckCard(page, 'Rivers').getByTestId('new-count')).toHaveText('5 new');
	await openOptions(page, 'Rivers');
	await page.getByLabel('New cards per day').fill('-2');
	await page.getByRole('button', { name: 'Save options' }).click();
	await expect(page.getByText('New cards per day must be at least 0, not -2.')).toBeVisible();
	await page.getByLabel('New cards per day').fill('2');
	await page.getByRole('button', { name: 'Save options' }).click();
	await expect(page.getByRole('status')).toHaveText('Options saved.');
	await page.getByRole('link', { name: '← Your decks' }).click();
	await expect(deckCard(page, 'Rivers').getByTestId('new-count')).toHaveText('2 new');
	// The other deck follows Settings (20 new a day).
	await expect(deckCard(page, SEED_TITLE).getByTestId('new-count')).toHaveText('20 new');

	await deckCard(page, 'Rivers').getByRole('link', { name: 'Study Rivers' }).click();
	await answerEasy(page);
	await answerEasy(page);
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	expect(await reviewRows(page)).toBe(2);
});

test('new cards come in random order when the deck asks for it, the same after a reload', async ({ page }) => {
	await importRivers(page, 12);
	await openOptions(page, 'Rivers');
	await page.getByLabel('New card order').selectOption({ label: 'In random order' });
	await page.getByRole('button', { name: 'Save options' }).click();
	await expect(page.getByRole('status')).toHaveText('Options saved.');

	await page.goto('/study/rivers');
	const first = await shownId(page);
	await page.reload();
	expect(await shownId(page)).toBe(first);
	const shown: string[] = [];
	for (let i = 0; i < 6; i++) shown.push(await answerEasy(page));
	expect(shown).not.toEqual(ids(6));
	expect(new Set(shown).size).toBe(6);
});
