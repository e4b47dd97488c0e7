import { describe, expect, it } from 'vitest';
import { saveBank } from './banks';
import { builtInIsCurrent, isFirstStart, markBuiltInSynced } from './builtin-source';
import { bankOf, card, testDatabases } from './test-fixtures';

const now = new Date(2026, 2, 2, 10, 0, 0);
const fresh = testDatabases();

describe('a built-in bank file already synced', () => {
	it('is current only once marked, and only for the same content', async () => {
		const db = fresh();
		const file = bankOf([card('a')]);
		expect(await builtInIsCurrent(db, file)).toBe(false);
		await saveBank(db, file, { builtIn: true }, now);
		expect(await builtInIsCurrent(db, file)).toBe(false);
		await markBuiltInSynced(db, file.id, file);
		expect(await builtInIsCurrent(db, structuredClone(file))).toBe(true);
		expect(await builtInIsCurrent(db, bankOf([card('a', 'Changed back')]))).toBe(false);
	});

	it('is never a deck the learner imported, nor a file without an id', async () => {
		const db = fresh();
		const file = bankOf([card('a')]);
		await saveBank(db, file, { builtIn: false }, now);
		await markBuiltInSynced(db, file.id, file);
		expect(await builtInIsCurrent(db, file)).toBe(false);
		expect(await builtInIsCurrent(db, { questions: [] })).toBe(false);
		expect(await builtInIsCurrent(db, null)).toBe(false);
	});
});

describe('a first start', () => {
	it('is one while no database of the name exists, and not once it is opened', async () => {
		const db = fresh();
		expect(await isFirstStart(db.name)).toBe(true);
		await db.open();
		expect(await isFirstStart(db.name)).toBe(false);
	});

	it('is never claimed when the browser cannot list its databases', async () => {
		const db = fresh();
		const original = indexedDB.databases;
		// @ts-expect-error: a browser without IDBFactory.databases()
		indexedDB.databases = undefined;
		try {
			expect(await isFirstStart(db.name)).toBe(false);
		} finally {
			indexedDB.databases = original;
		}
	});
});
