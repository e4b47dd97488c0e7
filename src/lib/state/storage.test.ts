import { describe, expect, it, vi } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { listBanks } from '$lib/db';
import { AppStorage } from './storage.svelte';

function bank(id: string, prompt = 'Front'): Bank {
	return { schemaVersion: 1, id, title: `Deck ${id}`, language: 'en', questions: [{ id: 'q1', type: 'flashcard', prompt, back: 'Back', tags: [] }] };
}

let n = 0;
const dbName = () => `storage-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('AppStorage on start', () => {
	it('stores every built-in bank on the first start, as a built-in deck with its cards', async () => {
		const name = dbName();
		const first = new AppStorage([async () => bank('a'), async () => bank('b')], name);
		const db = await first.ready();
		expect(first.status).toBe('ready');
		expect((await listBanks(db)).map((b) => b.id)).toEqual(['a', 'b']);
		expect((await db.banks.get('a'))?.builtIn).toBe(true);
		expect(await db.cards.where('bankId').equals('a').count()).toBe(1);
		db.close();
	});

	it('syncs a built-in bank whose file changed, keeping the card and its progress', async () => {
		const name = dbName();
		const first = await new AppStorage([async () => bank('deck', 'Original front')], name).ready();
		await first.cards.update('deck/q1', { tags: ['mine'] });
		const before = await first.cards.get('deck/q1');
		first.close();

		const db = await new AppStorage([async () => bank('deck', 'New front')], name).ready();
		expect((await db.questions.get(['deck', 'q1']))?.question.prompt).toBe('New front');
		expect(await db.cards.get('deck/q1')).toEqual(before);
		db.close();
	});

	it('says plainly when IndexedDB is missing', async () => {
		const original = globalThis.indexedDB;
		// @ts-expect-error: the browser without storage that this test stands for
		delete globalThis.indexedDB;
		try {
			const storage = new AppStorage([], dbName());
			await expect(storage.ready()).rejects.toThrow();
			expect(storage.status).toBe('failed');
			expect(storage.failure).toContain('IndexedDB is unavailable');
		} finally {
			globalThis.indexedDB = original;
		}
	});
});

describe('AppStorage when the browser misbehaves', () => {
	it('gives up on an open that never finishes, says so, and offers to retry', async () => {
		// A request whose events never fire, as in a browser whose storage hangs.
		vi.spyOn(indexedDB, 'open').mockReturnValue({} as IDBOpenDBRequest);
		const storage = new AppStorage([], dbName(), 50);
		await expect(storage.ready()).rejects.toThrow();
		expect(storage.status).toBe('failed');
		expect(storage.failure).toMatch(/^The browser did not open Factdeck's storage within 0\.05 seconds, so your decks cannot be shown\. Nothing was changed\./);
		expect(storage.recovery).toBe('retry');
	});

	it('says the data was deleted when another tab deletes the database', async () => {
		const name = dbName();
		const storage = new AppStorage([async () => bank('deck')], name);
		await storage.ready();
		await new Promise((resolve, reject) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = resolve;
			request.onerror = reject;
		});
		expect(storage.status).toBe('failed');
		expect(storage.failure).toMatch(/^Factdeck's data on this device was deleted, from another tab or by clearing this site's data/);
		expect(storage.recovery).toBe('reload');
	});

	it('still says a newer version took over when another tab upgrades the database', async () => {
		const name = dbName();
		const storage = new AppStorage([], name);
		const db = await storage.ready();
		await new Promise((resolve, reject) => {
			const request = indexedDB.open(name, db.verno * 10 + 10);
			request.onsuccess = () => {
				request.result.close();
				resolve(undefined);
			};
			request.onerror = reject;
		});
		expect(storage.failure).toBe('A newer Factdeck was opened in another tab. Reload this page to continue.');
	});
});
