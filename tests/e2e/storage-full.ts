import { expect, test, type Page } from '@playwright/test';
import { SEED_TITLE } from './helpers';

/** Every row of every store of the app's database, as text: equal snapshots mean nothing changed. */
export function snapshotDatabase(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames].sort();
					const tx = db.transaction(names);
					const rows: Record<string, unknown[]> = {};
					for (const name of names) {
						const all = tx.objectStore(name).getAll();
						all.onsuccess = () => (rows[name] = all.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(JSON.stringify(rows));
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/**
 * Opens the app with its storage full, as on a phone with no space left: the browser refuses
 * every further write of the site with a real QuotaExceededError. The site's quota is capped
 * before the app opens its database (Chromium reads the cap when the database opens), filler
 * data uses up what is left, and the cap then drops below what is stored so nothing fits.
 */
export async function openWithStorageFull(page: Page, path: string): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(test.info().project.use.baseURL ?? '').origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_000_000 });
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('filler', 1);
			open.onupgradeneeded = () => open.result.createObjectStore('junk', { autoIncrement: true });
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const put = (size: number) =>
			new Promise<boolean>((resolve) => {
				const bytes = new Uint8Array(size);
				// Random bytes do not compress, so each write costs its full size.
				crypto.getRandomValues(bytes.subarray(0, Math.min(size, 65536)));
				const tx = db.transaction('junk', 'readwrite');
				tx.objectStore('junk').add(bytes);
				tx.oncomplete = () => resolve(true);
				tx.onabort = () => resolve(false);
			});
		for (let size = 256 * 1024; size >= 16; size = Math.floor(size / 2)) while (await put(size));
		db.close();
	});
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 });
	await page.goto(path);
}
