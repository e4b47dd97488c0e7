import { describe, expect, it } from 'vitest';
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
