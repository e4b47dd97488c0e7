import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openWithStorageFull, snapshotDatabase } from './storage-full';

// The phone's storage is full: every write below is refused by the browser itself.
const FULL = 'this device has no storage space left for Factdeck. Free some space';
const article = readFileSync('questions/sources/winter-drone-campaign.md', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

test.describe('a write the browser refuses is said in words, and leaves the database as it was', () => {
	test('Settings: Save', async ({ page }) => {
		await openWithStorageFull(page, '/settings');
		const before = await snapshotDatabase(page);
		await page.getByLabel('New cards per day').fill('7');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('alert')).toContainText(`Your settings were not saved: ${FULL}`);
		await expect(page.getByText('Saved.')).toBeHidden();
		expect(await snapshotDatabase(page)).toBe(before);
	});

	test('Make questions: Save deck', async ({ page }) => {
		await openWithStorageFull(page, '/generate');
		await page.getByLabel('Article text').fill(article);
		await page.getByRole('button', { name: 'Generate' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'questions made' })).toBeVisible({ timeout: 30_000 });
		const before = await snapshotDatabase(page);
		await page.getByRole('button', { name: /^Save deck/ }).click();
		await expect(page.getByRole('alert')).toContainText(`The deck was not saved; nothing was changed: ${FULL}`);
		await expect(page).toHaveURL(/\/generate$/);
		expect(await snapshotDatabase(page)).toBe(before);
	});

	test('Teach: Save assignment', async ({ page }) => {
		await openWithStorageFull(page, '/teach/new');
		await page.getByLabel('Title').fill('Drones quiz');
		await page.getByLabel('Your name, as students see it').fill('Ms Rivera');
		await page.getByRole('button', { name: /^Select all shown/ }).click();
		const before = await snapshotDatabase(page);
		await page.getByRole('button', { name: 'Save assignment' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('The assignment was not saved.');
		await expect(alert).toContainText(`Nothing of it was stored: ${FULL}`);
		expect(await snapshotDatabase(page)).toBe(before);
	});
});
