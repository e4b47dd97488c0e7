import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from '$lib/srs';
import { saveBank } from './banks';
import type { FactdeckDatabase } from './database';
import { amendRating, deckCounts, nextItem, recordAnswer, undoAnswer } from './study';
import { bankOf, card, freshDatabase } from './test-fixtures';

const now = new Date(2026, 2, 2, 10, 0, 0);
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const settings: SrsSettings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay: 3 };
let db: FactdeckDatabase;

afterEach(async () => {
	await db?.delete();
});

async function seeded(ids: string[]): Promise<FactdeckDatabase> {
	db = freshDatabase();
	await saveBank(db, bankOf(ids.map((id) => card(id))), { builtIn: true }, now);
	return db;
}

describe('the daily new-card limit', () => {
	it('lets in at most newPerDay new cards a day, and more the next day', async () => {
		await seeded(['a', 'b', 'c', 'd', 'e']);
		expect(await deckCounts(db, 'deck', now, settings)).toEqual({ learning: 0, review: 0, new: 3 });
		for (const id of ['a', 'b', 'c']) {
			const item = await nextItem(db, 'deck', now, settings);
			expect(item?.card.questionId).toBe(id);
			await recordAnswer(db, { cardId: item!.card.id, rating: 4, durationMs: 500 }, now, settings);
		}
		expect((await deckCounts(db, 'deck', now, settings)).new).toBe(0);
		expect(await nextItem(db, 'deck', now, settings)).toBeNull();
		// The day rolls over at 04:00: at 05:00 the next morning two more new cards are let in.
		const tomorrow = new Date(2026, 2, 3, 5, 0, 0);
		expect((await deckCounts(db, 'deck', tomorrow, settings)).new).toBe(2);
	});
});

describe('the order of the queue', () => {
	it('shows due learning cards before new ones', async () => {
		await seeded(['a', 'b', 'c']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, now, settings);
		// 'a' is due again one minute later; until then the next new card comes first.
		expect((await nextItem(db, 'deck', now, settings))?.card.questionId).toBe('b');
		expect((await nextItem(db, 'deck', minutes(2), settings))?.card.questionId).toBe('a');
		expect(await deckCounts(db, 'deck', minutes(2), settings)).toMatchObject({ learning: 1, new: 2 });
	});

	it('shows learning cards ahead of time only when nothing else is left', async () => {
		await seeded(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		expect((await nextItem(db, 'deck', minutes(1), settings))?.card.questionId).toBe('a');
		expect(await deckCounts(db, 'deck', minutes(1), settings)).toMatchObject({ learning: 0 });
	});

	it('shows the most overdue review card first', async () => {
		await seeded(['a', 'b']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 4, durationMs: 500 }, now, settings);
		await recordAnswer(db, { cardId: 'deck/b', rating: 4, durationMs: 500 }, minutes(30), settings);
		const a = await db.cards.get('deck/a');
		const b = await db.cards.get('deck/b');
		expect(a?.queue).toBe('review');
		const later = new Date(Math.max(a!.due, b!.due) + 86_400_000);
		expect((await nextItem(db, 'deck', later, settings))?.card.questionId).toBe(a!.due <= b!.due ? 'a' : 'b');
		expect((await deckCounts(db, 'deck', later, settings)).review).toBe(2);
	});
});

describe('recording an answer', () => {
	it('writes the new card state and one review row together', async () => {
		await seeded(['a']);
		const id = await recordAnswer(db, { cardId: 'deck/a', rating: 3, response: 'x', correct: true, durationMs: 1200 }, now, settings);
		const row = await db.reviews.get(id);
		const stored = await db.cards.get('deck/a');
		expect(row).toMatchObject({ cardId: 'deck/a', rating: 3, phaseBefore: 'new', correct: true, response: 'x', reviewedAt: now.getTime() });
		expect(stored?.queue).toBe('learning');
		expect(stored?.due).toBe(stored?.srs.due);
		expect(stored?.srs.due).toBe(minutes(10).getTime());
	});

	it('writes nothing when the card does not exist', async () => {
		await seeded(['a']);
		await expect(recordAnswer(db, { cardId: 'deck/zzz', rating: 3, durationMs: 1 }, now, settings)).rejects.toThrow('does not exist');
		expect(await db.reviews.count()).toBe(0);
	});

	it('re-rates an answer from the card state it had before', async () => {
		await seeded(['a']);
		const id = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		await amendRating(db, id, 4, settings);
		const stored = await db.cards.get('deck/a');
		expect(stored?.queue).toBe('review');
		expect(stored?.srs.reps).toBe(1);
		expect((await db.reviews.get(id))?.rating).toBe(4);
		expect(await db.reviews.count()).toBe(1);
	});

	it('takes an answer back: the card as before, the row gone', async () => {
		await seeded(['a']);
		const before = await db.cards.get('deck/a');
		const id = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		await undoAnswer(db, id);
		expect(await db.cards.get('deck/a')).toEqual(before);
		expect(await db.reviews.count()).toBe(0);
		expect((await nextItem(db, 'deck', now, settings))?.card.questionId).toBe('a');
	});

	it('refuses to take back an answer that is no longer the latest', async () => {
		await seeded(['a']);
		const first = await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, now, settings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, minutes(2), settings);
		await expect(undoAnswer(db, first)).rejects.toThrow('can no longer be taken back');
		expect(await db.reviews.count()).toBe(2);
	});
});

