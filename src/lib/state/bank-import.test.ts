import { afterEach, describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { listBanks, recordAnswer, saveBank, type FactdeckDatabase } from '$lib/db';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { BankImport } from './bank-import.svelte';

const now = new Date(2026, 2, 2, 10, 0, 0);
let db: FactdeckDatabase;
let refreshed = 0;

afterEach(async () => {
	await db?.delete();
});

function bank(ids: string[], title = 'Rivers'): Bank {
	return {
		schemaVersion: 1,
		id: 'rivers',
		title,
		language: 'en',
		questions: ids.map((id) => ({ id, type: 'flashcard', prompt: `Front ${id}`, back: `Back ${id}`, tags: [] }))
	};
}

const file = (value: unknown, name = 'rivers.json') =>
	new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

function importer(): BankImport {
	db = freshDatabase();
	refreshed = 0;
	return new BankImport(
		db,
		async () => {
			refreshed++;
		},
		() => now
	);
}

describe('BankImport of a new deck', () => {
	it('stores a valid file and says what it added', async () => {
		const imp = importer();
		await imp.importFile(file(bank(['a', 'b'])));
		expect(imp.notice).toMatchObject({ kind: 'imported', title: 'Rivers', asNewDeck: false, result: { added: 2 } });
		expect((await listBanks(db)).map((b) => b.id)).toEqual(['rivers']);
		expect(refreshed).toBe(1);
	});

	it('replaces the notice of an earlier import with the outcome of each new attempt', async () => {
		const imp = importer();
		await imp.importFile(file(bank(['a'])));
		expect(imp.notice?.kind).toBe('imported');
		const before = await snapshot(db);

		await imp.importFile(file('['.repeat(100_000), 'deep.json'));
		expect(imp.notice).toMatchObject({ kind: 'invalid', file: 'deep.json' });
		expect(imp.notice?.kind === 'invalid' && imp.notice.problems[0].message).toBe('line 1, column 100001: expected a value but got the end of the file');

		await imp.importFile(file(`${'{"a":'.repeat(100_000)}1`, 'deeper.json'));
		expect(imp.notice).toMatchObject({ kind: 'invalid', file: 'deeper.json' });
		expect(await snapshot(db)).toBe(before);
	});
});

describe('BankImport when the id is taken', () => {
	async function withLearnerDeck(): Promise<BankImport> {
		const imp = importer();
		await saveBank(db, bank(['a', 'b', 'c'], 'My rivers'), { builtIn: false }, now);
		await recordAnswer(db, { cardId: 'rivers/c', rating: 3, durationMs: 1000 }, now, DEFAULT_SRS_SETTINGS);
		return imp;
	}

	it('asks before writing anything, and says how many questions replacing would retire', async () => {
		const imp = await withLearnerDeck();
		const before = await snapshot(db);
		await imp.importFile(file(bank(['a', 'd'], 'Rivers of Europe')));
		expect(imp.question).toEqual({ file: 'rivers.json', title: 'Rivers of Europe', existingTitle: 'My rivers', builtIn: false, retiring: 2 });
		expect(imp.notice).toBeNull();
		expect(await snapshot(db)).toBe(before);
	});

	it('imports as a new deck beside the learner’s, which keeps every question', async () => {
		const imp = await withLearnerDeck();
		const before = await db.cards.where('bankId').equals('rivers').toArray();
		await imp.importFile(file(bank(['a', 'd'], 'My rivers')));
		await imp.choose('new');
		expect(imp.question).toBeNull();
		expect(imp.notice).toMatchObject({ kind: 'imported', title: 'My rivers (2)', asNewDeck: true, result: { added: 2 } });
		expect((await listBanks(db)).map((b) => [b.id, b.title])).toEqual([
			['rivers', 'My rivers'],
			['rivers-2', 'My rivers (2)']
		]);
		expect(await db.cards.where('bankId').equals('rivers').toArray()).toEqual(before);
	});

	it('replaces the deck only when the learner says so, keeping shared progress', async () => {
		const imp = await withLearnerDeck();
		await imp.importFile(file(bank(['c', 'd'], 'Rivers of Europe')));
		await imp.choose('replace');
		expect(imp.notice).toMatchObject({ kind: 'imported', asNewDeck: false, result: { added: 1, retired: 2 } });
		expect((await db.cards.get('rivers/c'))?.queue).not.toBe('new');
		expect((await db.banks.get('rivers'))?.title).toBe('Rivers of Europe');
	});

	it('changes nothing when the learner cancels', async () => {
		const imp = await withLearnerDeck();
		const before = await snapshot(db);
		await imp.importFile(file(bank(['d'])));
		await imp.choose('cancel');
		expect(imp.notice).toEqual({ kind: 'cancelled', file: 'rivers.json' });
		expect(await snapshot(db)).toBe(before);
	});

	it('never replaces a built-in deck, even when asked to', async () => {
		const imp = importer();
		await saveBank(db, bank(['a']), { builtIn: true }, now);
		await imp.importFile(file(bank(['z'])));
		expect(imp.question?.builtIn).toBe(true);
		await imp.choose('replace');
		expect((await db.questions.where('bankId').equals('rivers').toArray()).map((q) => [q.id, q.retiredAt])).toEqual([['a', null]]);
	});

	it('says so when the file holds exactly the stored deck', async () => {
		const imp = importer();
		await imp.importFile(file(bank(['a'])));
		await imp.importFile(file(bank(['a'])));
		expect(imp.question).toBeNull();
		expect(imp.notice).toEqual({ kind: 'unchanged', title: 'Rivers' });
	});
});

describe('BankImport when storage is full', () => {
	it('says the device is full and what to do, and writes nothing', async () => {
		const imp = importer();
		await imp.importFile(file(bank(['a'])));
		const before = await snapshot(db);
		fillStorage();
		await imp.importFile(file({ ...bank(['x', 'y']), id: 'lakes', title: 'Lakes' }, 'lakes.json'));
		expect(imp.notice).toMatchObject({ kind: 'failed', file: 'lakes.json' });
		expect(imp.notice?.kind === 'failed' && imp.notice.reason).toMatch(/no storage space left for Factdeck\. Free some space/);
		expect(imp.busy).toBe(false);
		expect(await snapshot(db)).toBe(before);
	});
});
