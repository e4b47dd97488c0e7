import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerEasy, deckCard, ids, importRivers, openOptions, rivers } from './deck-helpers';
import { importFile } from './hostile';
import { reviewRows, SEED_ID, SEED_TITLE } from './helpers';
import { readTables } from './store';
import { createAssignment } from './teach-helpers';

// Managing decks on the phone, as an Anki user would: rename, delete (and take it back), hide a
// built-in deck and show it again, export one deck. Studying a deck by its own options is in
// deck-options.spec.ts.

test('renames a deck', async ({ page }) => {
	await importRivers(page);
	await openOptions(page, 'Rivers');
	await page.getByLabel('Deck name').fill('  ');
	await page.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByText('The name is empty: type a name for the deck.')).toBeVisible();
	await page.getByLabel('Deck name').fill('Great rivers');
	await page.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByRole('status')).toHaveText('Renamed to “Great rivers”.');
	await page.getByRole('link', { name: '← Your decks' }).click();
	await expect(page.getByRole('heading', { name: 'Great rivers', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rivers', exact: true })).toBeHidden();
});

/** Makes the stored built-in deck differ from its file, as an update of the app does: the next start syncs it. */

async function staleBuiltIn(page: Page, bankId: string): Promise<void> {
	await page.goto('/favicon.svg');
	await page.evaluate(
		(id) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('banks', 'readwrite');
					const banks = tx.objectStore('banks');
					const read = banks.get(id);
					read.onsuccess = () => banks.put({ ...read.result, fingerprint: 'stale', sourceFingerprint: 'stale' });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		bankId
	);
}

test('renames the built-in deck, and the name stays when the app syncs the deck again at start', async ({ page }) => {
	await page.goto('/');
	await openOptions(page, SEED_TITLE);
	await page.getByLabel('Deck name').fill('My drone facts');
	await page.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByRole('status')).toHaveText('Renamed to “My drone facts”.');
	await expect(page.getByRole('heading', { level: 1, name: 'My drone facts' })).toBeVisible();
	await page.screenshot({ path: 'test-results/built-in-renamed.png', fullPage: true });

	await staleBuiltIn(page, SEED_ID);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'My drone facts', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: SEED_TITLE, exact: true })).toBeHidden();
	// The sync ran: the stored deck is the file's again, under the learner's name.
	await expect
		.poll(async () => ((await readTables(page, ['banks'])).banks as { id: string; fingerprint: string }[]).find((b) => b.id === SEED_ID)?.fingerprint)
		.not.toBe('stale');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'My drone facts', exact: true })).toBeVisible();
});

test('deletes a deck after saying what will be lost, and Undo brings it back with its history', async ({ page }) => {
	await importRivers(page);
	await deckCard(page, 'Rivers').getByRole('link', { name: 'Study Rivers' }).click();
	await answerEasy(page);
	await page.goto('/');
	await openOptions(page, 'Rivers');
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await expect(page.getByText('Its 3 cards and 1 answer of your review history will be gone')).toBeFocused();
	await page.getByRole('button', { name: 'Delete 3 cards' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rivers', exact: true })).toBeHidden();
	await expect(page.getByText('Deleted “Rivers” with 3 cards and 1 answer.')).toBeVisible();
	expect(await reviewRows(page)).toBe(0);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('“Rivers” is back, with all its progress.')).toBeVisible();
	await expect(deckCard(page, 'Rivers').getByTestId('new-count')).toHaveText('2 new');
	expect(await reviewRows(page)).toBe(1);
});

test('a deck an assignment picks from is not deleted; the deck screen says which assignment, and why', async ({ page }) => {
	await page.goto('/');
	const capitals = ids(3).map((id) => ({ id, type: 'short_answer', prompt: `Capital ${id}?`, answer: `City ${id}`, tags: [] }));
	// Flashcards are self-rated and cannot be assigned, so this deck asks short answers.
	await importFile(page, 'rivers.json', { ...rivers(0), questions: capitals });
	await expect(page.getByRole('status')).toContainText('Imported "Rivers"');
	await createAssignment(page, {
		title: 'River check',
		teacher: 'Ms Rivera',
		pick: async (page) => {
			await page.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'Rivers' });
			await page.getByRole('button', { name: /^Select all shown/ }).click();
			await expect(page.getByTestId('selected-count')).toHaveText('3 picked');
		}
	});
	await page.goto('/');
	await openOptions(page, 'Rivers');
	await expect(page.getByText('This deck cannot be deleted while an assignment picks questions from it: “River check”.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Delete deck…' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Hide from Home' })).toBeEnabled();
});

test('a deck deleted stays deleted once Undo is gone, also after a reload in its seconds', async ({ page }) => {
	await importRivers(page);
	await openOptions(page, 'Rivers');
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('button', { name: 'Delete 3 cards' })).toBeHidden();
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await page.getByRole('button', { name: 'Delete 3 cards' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rivers', exact: true })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
	await page.goto('/deck/rivers');
	await expect(page.getByRole('heading', { level: 1, name: 'Deck not found' })).toBeVisible();
});

test('a built-in deck is hidden, not deleted, and shown again from Settings', async ({ page }) => {
	await page.goto('/');
	await openOptions(page, SEED_TITLE);
	await expect(page.getByRole('button', { name: 'Delete deck…' })).toHaveCount(0);
	await expect(page.getByText('This deck comes with the app, so it cannot be deleted; hide it instead.')).toBeVisible();
	await page.getByRole('button', { name: 'Hide from Home' }).click();
	await expect(page.getByRole('status')).toHaveText('Hidden from your decks. Show it again here or in Settings.');
	await page.getByRole('link', { name: '← Your decks' }).click();
	await expect(page.getByText('1 deck is hidden.')).toBeVisible();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeHidden();
	// Hidden stays hidden across a reload (and the built-in sync at start).
	await page.reload();
	await expect(page.getByText('1 deck is hidden.')).toBeVisible();

	await page.getByRole('link', { name: 'Show hidden decks' }).click();
	await page.getByRole('button', { name: `Show ${SEED_TITLE} on Home` }).click();
	await expect(page.getByRole('status')).toContainText('is on your decks again.');
	await page.getByRole('link', { name: 'Back to decks' }).click();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(page.getByText('1 deck is hidden.')).toBeHidden();
});

test("a deck's Export opens the export with that deck chosen", async ({ page }) => {
	await importRivers(page);
	await openOptions(page, 'Rivers');
	await page.getByRole('link', { name: 'Export…' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Back up and import' })).toBeVisible();
	await expect(page.getByLabel('Deck', { exact: true })).toHaveValue('rivers');
	await expect(page.getByRole('heading', { name: 'Export a deck' })).toBeInViewport();
});

test('another tab on Home sees a deck deleted, brought back and hidden', async ({ page, context }) => {
	await importRivers(page);
	const other = await context.newPage();
	await other.goto('/');
	await expect(deckCard(other, 'Rivers')).toBeVisible();

	await openOptions(page, 'Rivers');
	await page.getByRole('button', { name: 'Delete deck…' }).click();
	await page.getByRole('button', { name: 'Delete 3 cards' }).click();
	await expect(deckCard(other, 'Rivers')).toBeHidden();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(deckCard(other, 'Rivers')).toBeVisible();

	await openOptions(page, 'Rivers');
	await page.getByRole('button', { name: 'Hide from Home' }).click();
	await expect(other.getByText('1 deck is hidden.')).toBeVisible();
	await expect(deckCard(other, 'Rivers')).toBeHidden();
});
