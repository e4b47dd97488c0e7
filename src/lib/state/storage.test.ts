import { describe, expect, it, vi } from 'vitest';
import type { BankInput } from '$lib/bank/schema';
import { listBanks } from '$lib/db';
import { AppStorage } from './storage.svelte';

function bank(id: string, prompt = 'Front'): BankInput {
	return { schemaVersion: 1, id, title: `Deck ${id}`, language: 'en', questions: [{ id: 'q1', type: 'flashcard', prompt, back: 'Back' }] };
}

let n = 0;
const dbName = () => `storage-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('AppStorage on start', () => {
	it('loads every valid built-in bank and reports the invalid ones by file, question and field', async () => {
		const broken = { ...bank('broken'), questions: [{ id: 'q1', type: 'mcq', prompt: 'Pick', choices: ['a'], answer: 0 }] };
		const storage = new AppStorage(
			[
				{ file: 'questions/banks/good.json', load: async () => bank('good') },
				{ file: 'questions/banks/broken.json', load: async () => broken }
			],
			dbName()
		);
		const db = await storage.ready();
		expect(storage.status).toBe('ready');
		expect((await listBanks(db)).map((b) => b.id)).toEqual(['good']);
		expect(storage.bankProblems).toHaveLength(1);
		expect(storage.bankProblems[0]).toMatch(/^questions\/banks\/broken\.json: q1: choices: /);
		db.close();
	});

	it('leaves what is stored untouched when a built-in bank turns invalid', async () => {
		const name = dbName();
		const first = new AppStorage([{ file: 'b.json', load: async () => bank('deck', 'Original front') }], name);
		(await first.ready()).close();

		const second = new AppStorage([{ file: 'b.json', load: async () => ({ ...bank('deck'), schemaVersion: 2 }) }], name);
		const db = await second.ready();
		expect(second.bankProblems[0]).toMatch(/^b\.json: -: schemaVersion: /);
		const stored = await db.questions.get(['deck', 'q1']);
		expect(stored?.question.prompt).toBe('Original front');
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
		const storage = new AppStorage([{ file: 'b.json', load: async () => bank('deck') }], name);
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
