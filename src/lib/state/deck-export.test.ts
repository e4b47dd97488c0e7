import { describe, expect, it } from 'vitest';
import { saveBank } from '$lib/db/banks';
import { bankOf, card, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { DeckExport } from './deck-export.svelte';

const fresh = testDatabases();

describe('exporting a deck', () => {
	it('writes the chosen deck in the chosen format, named after it, without retired questions', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a'), card('b')], 'rivers'), { builtIn: false }, studyNow);
		await saveBank(db, bankOf([card('a')], 'rivers'), { builtIn: false }, studyNow);
		const exporter = new DeckExport(db);
		await exporter.load();
		expect(exporter.decks).toEqual([{ id: 'rivers', title: 'Deck rivers' }]);
		expect(exporter.bankId).toBe('rivers');
		exporter.format = 'csv';
		const file = await exporter.export();
		expect(file).toEqual({ fileName: 'Deck rivers.csv', text: '"front","back","tags"\n"Front of a","Back of a",""\n', title: 'Deck rivers', questions: 1 });
		expect(exporter.notice).toEqual({ kind: 'saved', fileName: 'Deck rivers.csv', title: 'Deck rivers', questions: 1 });
	});

	it('says so when the deck is gone', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')], 'gone'), { builtIn: false }, studyNow);
		const exporter = new DeckExport(db);
		await exporter.load();
		await db.banks.delete('gone');
		expect(await exporter.export()).toBeNull();
		expect(exporter.notice).toEqual({ kind: 'failed', reason: 'That deck is no longer on this device.' });
		expect(exporter.decks).toEqual([]);
	});
});
