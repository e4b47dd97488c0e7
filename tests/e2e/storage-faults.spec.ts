import { expect, test } from './fixtures';
import { SEED_TITLE } from './helpers';

test('storage that never opens is given up after 10 seconds with a message, and Retry tries again', async ({ page }) => {
	await page.addInitScript(() => {
		// The first visit's open never answers, as in a browser whose storage hangs; later ones do.
		if (sessionStorage.getItem('hung-once')) return;
		sessionStorage.setItem('hung-once', '1');
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (name: string, version?: number) {
			if (name !== 'factdeck') return open.call(this, name, version);
			(window as { hungOpen?: boolean }).hungOpen = true;
			return {} as IDBOpenDBRequest;
		};
	});
	await page.clock.install();
	await page.goto('/');
	await expect(page.getByText('Loading your decks…')).toBeVisible();
	// The page's frame (and its "Loading…") is in the HTML before the app runs: the 10 seconds
	// start only once the app has asked for the database.
	await page.waitForFunction(() => (window as { hungOpen?: boolean }).hungOpen === true);
	await page.clock.fastForward(10_500);
	const failure = page.getByTestId('storage-failure');
	await expect(failure).toContainText("The browser did not open Factdeck's storage within 10 seconds, so your decks cannot be shown. Nothing was changed.");
	await expect(page.getByText('Loading your decks…')).toBeHidden();

	await failure.getByRole('button', { name: 'Retry' }).click();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(failure).toBeHidden();
});

test('a database deleted from another tab is reported as deleted, and Reload starts afresh', async ({ page, context }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();

	const other = await context.newPage();
	await other.goto('/favicon.svg');
	await other.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.deleteDatabase('factdeck');
				request.onsuccess = resolve;
				request.onerror = () => reject(request.error);
			})
	);
	const failure = page.getByTestId('storage-failure');
	await expect(failure).toContainText("Factdeck's data on this device was deleted, from another tab or by clearing this site's data in the browser");
	await expect(failure).not.toContainText('newer');

	await failure.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(failure).toBeHidden();
});
