import { describe, expect, it } from 'vitest';
import { saveBank } from '$lib/db/banks';
import type { FactdeckDatabase } from '$lib/db/database';
import { bankOf, card, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { Collection } from './collection.svelte';

const fresh = testDatabases();

/** Storage that opens when the test says so, as a first visit's storage opens after its sync. */
function gatedStorage(db: FactdeckDatabase) {
	let open = () => {};
	const opened = new Promise<FactdeckDatabase>((resolve) => (open = () => resolve(db)));
	return { storage: { ready: () => opened }, open };
}

describe('the collection page', () => {
	it('has its panels before storage opens, and fills them once it has', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')], 'rivers'), { builtIn: false }, studyNow);
		const { storage, open } = gatedStorage(db);
		const collection = Collection.open(storage, 'rivers');
		expect(collection.panels.exporter.decks).toEqual([]);
		expect(collection.panels.backup.reminder).toBeNull();
		expect(collection.loaded).toBe(false);
		open();
		await expect.poll(() => collection.loaded).toBe(true);
		expect(collection.panels.exporter.decks).toEqual([{ id: 'rivers', title: 'Deck rivers' }]);
		expect(collection.panels.exporter.bankId).toBe('rivers');
		expect(collection.panels.backup.reminder).not.toBeNull();
	});

	it('waits for storage when asked to export before it has opened', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')], 'rivers'), { builtIn: false }, studyNow);
		const { storage, open } = gatedStorage(db);
		const collection = Collection.open(storage, 'rivers');
		const exported = collection.panels.exporter.export();
		open();
		expect((await exported)?.fileName).toMatch(/^Deck rivers\./);
	});
});
