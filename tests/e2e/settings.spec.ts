import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCurrent, SEED_TITLE } from './helpers';
import { readTables } from './store';

/** Writes the stored scheduling settings row as an older or damaged version might have left it. */
async function storeSettings(page: Page, value: Record<string, unknown>): Promise<void> {
	await page.evaluate(
		(value) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key: 'srs', value });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		value
	);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
});

test('an empty box is named and never saved as 0; the other settings stay as saved', async ({ page }) => {
	await page.goto('/settings');
	const perDay = page.getByLabel('New cards per day');
	await perDay.fill('12');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');

	await perDay.fill('');
	await page.getByLabel('Next day starts at (hour, 0–23)').fill('6');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toHaveText('Nothing was saved: correct the marked field first.');
	await expect(perDay).toHaveAttribute('aria-invalid', 'true');
	await expect(perDay).toHaveAccessibleDescription('New cards per day is empty or not a number: enter a whole number from 0 to 9999.');

	await page.reload();
	await expect(page.getByLabel('New cards per day')).toHaveValue('12');
	await expect(page.getByLabel('Next day starts at (hour, 0–23)')).toHaveValue('4');
});

test('one damaged stored setting is named and reset; the good ones are kept', async ({ page }) => {
	await storeSettings(page, { newPerDay: 12, desiredRetention: 0.85, dayStartHour: 'late' });
	await page.goto('/settings');
	await expect(page.getByRole('status')).toHaveText(
		'The saved value of “Next day starts at” was damaged, so it is back to its default. Save to keep the default; your other settings are kept.'
	);
	await expect(page.getByLabel('New cards per day')).toHaveValue('12');
	await expect(page.getByLabel('Desired retention (%)')).toHaveValue('85');
	await expect(page.getByLabel('Next day starts at (hour, 0–23)')).toHaveValue('4');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(page.getByLabel('New cards per day')).toHaveValue('12');
	await expect(page.getByText('was damaged')).toBeHidden();
});

test.describe('the theme', () => {
	test.use({ colorScheme: 'light' });

	test('Settings can choose dark on a light system, kept across a reload, and go back to the system', async ({ page }) => {
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.goto('/settings');
		await expect(page.getByRole('radio', { name: 'As the device (system)' })).toBeChecked();
		expect(await background()).toBe('rgb(247, 245, 240)');
		await page.getByRole('radio', { name: 'Dark' }).check();
		expect(await background()).toBe('rgb(17, 21, 25)');
		await page.reload();
		await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
		expect(await background()).toBe('rgb(17, 21, 25)');
		await page.goto('/');
		expect(await background()).toBe('rgb(17, 21, 25)');
		await page.goto('/settings');
		await page.getByRole('radio', { name: 'As the device (system)' }).check();
		expect(await background()).toBe('rgb(247, 245, 240)');
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await background()).toBe('rgb(17, 21, 25)');
		await page.getByRole('radio', { name: 'Light' }).check();
		expect(await background()).toBe('rgb(247, 245, 240)');
	});
});

test('learning steps, relearning steps and the daily review limit are set in Settings and kept', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel(/^Learning steps/).fill('1m 5m 30m');
	await page.getByLabel('Relearning steps').fill('15m');
	await page.getByLabel('Reviews per day (at most)').fill('80');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(page.getByLabel(/^Learning steps/)).toHaveValue('1m 5m 30m');
	await expect(page.getByLabel('Relearning steps')).toHaveValue('15m');
	await expect(page.getByLabel('Reviews per day (at most)')).toHaveValue('80');
	// The steps reach the scheduler: a new card answered right (Good) comes back after the second step.
	await page.goto('/study/winter-drone-campaign');
	await answerCurrent(page, { flashcardRating: 'Good' });
	const { cards } = (await readTables(page, ['cards'])) as { cards: { srs: { due: number; lastReview: number | null } }[] };
	const answered = cards.filter((c) => c.srs.lastReview !== null);
	expect(answered.map((c) => c.srs.due - (c.srs.lastReview ?? 0))).toEqual([5 * 60_000]);
	await page.goto('/settings');
	await page.getByLabel(/^Learning steps/).fill('1m ten');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Learning steps: “ten” is not a step.', { exact: false })).toBeVisible();
});
