import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { saveBank } from './banks';
import type { FactdeckDatabase } from './database';
import { deckCounts } from './counts';
import { recordAnswer } from './study';
import { bankOf, card, freshDatabase } from './test-fixtures';

const now = new Date(2026, 2, 2, 10, 0, 0);
const settings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false };
let db: FactdeckDatabase;

afterEach(async () => {
	await db?.delete();
});

describe('saveBank on first run', () => {
	it('stores the bank, its questions and one new card each, in bank order', async () => {
		db = freshDatabase();
		const result = await saveBank(db, bankOf([card('a'), card('b'), card('c')]), { builtIn: true }, now);
		expect(result).toMatchObject({ added: 3, updated: 0, retired: 0, unchanged: false });
		const cards = (await db.cards.toArray()).sort((a, b) => a.due - b.due);
		expect(cards.map((c) => [c.questionId, c.queue])).toEqual([
			['a', 'new'],
			['b', 'new'],
			['c', 'new']
		]);
		expect((await db.banks.get('deck'))?.questionCount).toBe(3);
	});

	it('does nothing when the same bank is synced again', async () => {
		db = freshDatabase();
		const bank = bankOf([card('a'), card('b')]);
		await saveBank(db, bank, { builtIn: true }, now);
		const again = await saveBank(db, structuredClone(bank), { builtIn: true }, new Date(now.getTime() + 1000));
		expect(again.unchanged).toBe(true);
		expect((await db.banks.get('deck'))?.updatedAt).toBe(now.getTime());
	});
});

describe('saveBank when a bank changes', () => {
	it('keeps progress of known questions, retires removed ones and adds new ones', async () => {
		db = freshDatabase();
		await saveBank(db, bankOf([card('a'), card('b'), card('c')]), { builtIn: true }, now);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1000 }, now, settings);
		const answered = await db.cards.get('deck/a');

		const later = new Date(now.getTime() + 60_000);
		const result = await saveBank(db, bankOf([card('a', 'A new back'), card('c'), card('d')]), { builtIn: true }, later);
		expect(result).toMatchObject({ added: 1, updated: 1, retired: 1 });

		expect(await db.cards.get('deck/a')).toEqual(answered);
		expect((await db.questions.get(['deck', 'a']))?.question).toMatchObject({ back: 'A new back' });
		expect((await db.cards.get('deck/b'))?.queue).toBe('retired');
		expect((await db.questions.get(['deck', 'b']))?.retiredAt).toBe(later.getTime());
		expect((await db.cards.get('deck/d'))?.queue).toBe('new');
		expect(await db.reviews.count()).toBe(1);
		const counts = await deckCounts(db, 'deck', later, settings);
		expect(counts.new).toBe(2);
	});

	it('brings a retired question back with its history', async () => {
		db = freshDatabase();
		await saveBank(db, bankOf([card('a'), card('b')]), { builtIn: true }, now);
		await recordAnswer(db, { cardId: 'deck/b', rating: 4, durationMs: 1000 }, now, settings);
		await saveBank(db, bankOf([card('a')]), { builtIn: true }, now);
		await saveBank(db, bankOf([card('a'), card('b')]), { builtIn: true }, now);
		const b = await db.cards.get('deck/b');
		expect(b?.queue).toBe('review');
		expect(b?.srs.reps).toBe(1);
	});
});

describe('saveBank on a large deck', () => {
	it('writes only the rows that change', async () => {
		db = freshDatabase();
		await saveBank(db, bankOf([card('a'), card('b'), card('c')]), { builtIn: false }, now);
		// A mark no save would write: it stays only on rows left alone.
		const mark = (row: object) => void Object.assign(row, { untouched: true });
		await db.questions.toCollection().modify(mark);
		await db.cards.toCollection().modify(mark);
		await saveBank(db, bankOf([card('a'), card('b', 'A new back'), card('d')]), { builtIn: false }, now);
		const marked = async (table: 'questions' | 'cards') =>
			(await db[table].toArray())
				.filter((row) => 'untouched' in row)
				.map((row) => ('questionId' in row ? row.questionId : row.id))
				.sort();
		// 'b' changed and is written anew; 'c' is retired from its stored row; 'a' is not written.
		expect(await marked('questions')).toEqual(['a', 'c']);
		expect(await marked('cards')).toEqual(['a', 'b', 'c']);
	});
});
