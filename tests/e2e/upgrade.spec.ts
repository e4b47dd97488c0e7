import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { DEFAULT_SRS_SETTINGS } from '../../src/lib/srs';
import { newLeftToday, VERSION_1, VERSION_2_ADDED, versionOneRows, versionTwoRows, type VersionOneRows } from '../../src/lib/db/test-old-versions';
import { readTables } from './store';

interface StoreShape {
	keyPath: string | string[];
	autoIncrement: boolean;
	indexes: { name: string; keyPath: string | string[] }[];
}

/** Dexie's notation ("++id, [a+b], c") as IndexedDB stores and indexes. */
function shapes(schema: Record<string, string>): Record<string, StoreShape> {
	const path = (spec: string) => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec.replace(/^\+\+/, ''));
	return Object.fromEntries(
		Object.entries(schema).map(([name, spec]) => {
			const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
			return [name, { keyPath: path(primary), autoIncrement: primary.startsWith('++'), indexes: indexes.map((i) => ({ name: i, keyPath: path(i) })) }];
		})
	);
}

/**
 * Makes the app's database as an older release left it, before the app first opens it: from a
 * page of the same origin that is not the app. Dexie's version n is IndexedDB's version 10n.
 * With `teacherKeys`, the settings also hold a teacher's signing keys (CryptoKeys, which only a
 * browser can store); returns the public key as the app would export it.
 */
async function makeOldDatabase(page: Page, version: 1 | 2, rows: VersionOneRows, teacherKeys = false): Promise<string | null> {
	const schema = version === 1 ? VERSION_1 : { ...VERSION_1, ...VERSION_2_ADDED };
	await page.goto('/favicon.svg');
	return page.evaluate(
		async ([idbVersion, stores, data, withKeys]) => {
			let publicKey: string | null = null;
			const settings = [...data.settings] as unknown[];
			if (withKeys) {
				const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
				publicKey = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))));
				settings.push({ key: 'teacher-signing-keys', value: { privateKey: pair.privateKey, publicKey: pair.publicKey } });
			}
			await new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck', idbVersion);
				open.onupgradeneeded = () => {
					for (const [name, shape] of Object.entries(stores)) {
						const store = open.result.createObjectStore(name, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement });
						for (const index of shape.indexes) store.createIndex(index.name, index.keyPath);
					}
				};
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(Object.keys(stores), 'readwrite');
					for (const [name, list] of Object.entries({ ...data, settings })) for (const row of list) tx.objectStore(name).add(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			});
			return publicKey;
		},
		[version * 10, shapes(schema), rows, teacherKeys] as const
	);
}

/**
 * Every row read before the app opened the database is still there, unchanged; cards only
 * gained what version 5 added (their tags and the time they were added).
 */
async function expectNothingLost(page: Page, before: Record<string, unknown[]>): Promise<void> {
	const after = await readTables(page);
	for (const [table, list] of Object.entries(before)) {
		expect(list.length, table).toBeGreaterThan(0);
		for (const row of list) {
			if (table !== 'cards') expect(after[table], table).toContainEqual(row);
			else expect(after.cards, table).toContainEqual({ ...(row as object), tags: expect.any(Array), addedAt: expect.any(Number) });
		}
	}
}

/** Home shows the deck's counts from the upgraded indexes, and the deck can be studied. */
async function expectDeckStudied(page: Page, rows: VersionOneRows, now: Date, settings: typeof DEFAULT_SRS_SETTINGS): Promise<void> {
	await page.goto('/');
	const deck = page.locator('li', { has: page.getByRole('heading', { name: 'Deck history' }) });
	await expect(deck.getByTestId('new-count')).toHaveText(`${newLeftToday(rows, 'history', now, settings)} new`);
	await deck.getByRole('link', { name: 'Study Deck history' }).click();
	await expect(page.locator('[data-question-id]')).toBeVisible();
}

test('a version-1 database full of data is upgraded by the app with nothing lost', async ({ page }) => {
	const now = new Date();
	const settings = { ...DEFAULT_SRS_SETTINGS, newPerDay: 15 };
	const rows = versionOneRows(['history', 'geography'], now, settings);
	await makeOldDatabase(page, 1, rows);
	const before = await readTables(page);

	await expectDeckStudied(page, rows, now, settings);
	await expectNothingLost(page, before);
});

test('a version-2 database full of data, assignments and a teacher’s keys included, is upgraded with nothing lost', async ({ page }) => {
	const now = new Date();
	const settings = { ...DEFAULT_SRS_SETTINGS, newPerDay: 15 };
	const rows = versionTwoRows(['history', 'geography'], now, settings);
	const publicKey = await makeOldDatabase(page, 2, rows, true);
	const before = await readTables(page);

	await expectDeckStudied(page, rows, now, settings);
	await page.goto('/teach');
	await expect(page.getByRole('link', { name: 'Check-up' })).toBeVisible();
	await expect(page.getByText('1 questions · 2 results')).toBeVisible();
	await expectNothingLost(page, before);
	// The teacher's keys are the same keys: students' links keep verifying.
	const kept = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const row = await new Promise<{ value: { publicKey: CryptoKey } }>((resolve, reject) => {
			const get = db.transaction('settings').objectStore('settings').get('teacher-signing-keys');
			get.onsuccess = () => resolve(get.result);
			get.onerror = () => reject(get.error);
		});
		db.close();
		return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('raw', row.value.publicKey))));
	});
	expect(kept).toBe(publicKey);
});
