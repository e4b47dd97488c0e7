import { describe, expect, it } from 'vitest';
import type { FactdeckDatabase } from './database';
import { deckCounts } from './counts';
import { amendRating, nextItem, recordAnswer, undoAnswer } from './study';
import { StaleCardError } from './errors';
import { deckDatabases, minutesLater, studyNow, studySettings } from './test-fixtures';

const now = studyNow;
const minutes = minutesLater;
const settings = studySettings;
const seeded = deckDatabases();
let db: FactdeckDatabase;

describe('the daily new-card limit', () => {
	it('lets in at most newPerDay new cards a day, and more the next day', async () => {
		db = await seeded(['a', 'b', 'c', 'd', 'e']);
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
		db = await seeded(['a', 'b', 'c']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, now, settings);
		// 'a' is due again one minute later; until then the next new card comes first.
		expect((await nextItem(db, 'deck', now, settings))?.card.questionId).toBe('b');
		expect((await nextItem(db, 'deck', minutes(2), settings))?.card.questionId).toBe('a');
		expect(await deckCounts(db, 'deck', minutes(2), settings)).toMatchObject({ learning: 1, new: 2 });
	});

	it('shows learning cards ahead of time only when nothing else is left', async () => {
		db = await seeded(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		expect((await nextItem(db, 'deck', minutes(1), settings))?.card.questionId).toBe('a');
		// The card shown ahead of time is still left, so it is counted: no "0 left" beside a card.
		expect(await deckCounts(db, 'deck', minutes(1), settings)).toMatchObject({ learning: 1 });
		// One due beyond the learn-ahead minutes will not be shown in this session, and is not counted.
		expect(await deckCounts(db, 'deck', minutes(1), { ...settings, learnAheadMinutes: 5 })).toMatchObject({ learning: 0 });
		expect(await nextItem(db, 'deck', minutes(1), { ...settings, learnAheadMinutes: 5 })).toBeNull();
	});

	it('shows the most overdue review card first', async () => {
		db = await seeded(['a', 'b']);
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
		db = await seeded(['a']);
		const { reviewId: id } = await recordAnswer(db, { cardId: 'deck/a', rating: 3, response: 'x', correct: true, durationMs: 1200 }, now, settings);
		const row = await db.reviews.get(id);
		const stored = await db.cards.get('deck/a');
		expect(row).toMatchObject({ cardId: 'deck/a', rating: 3, phaseBefore: 'new', correct: true, response: 'x', reviewedAt: now.getTime() });
		expect(stored?.queue).toBe('learning');
		expect(stored?.due).toBe(stored?.srs.due);
		expect(stored?.srs.due).toBe(minutes(10).getTime());
	});

	it('writes nothing when the card does not exist', async () => {
		db = await seeded(['a']);
		await expect(recordAnswer(db, { cardId: 'deck/zzz', rating: 3, durationMs: 1 }, now, settings)).rejects.toThrow('does not exist');
		expect(await db.reviews.count()).toBe(0);
	});

	it('re-rates an answer from the card state it had before', async () => {
		db = await seeded(['a']);
		const { reviewId: id } = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		await amendRating(db, id, 4, settings);
		const stored = await db.cards.get('deck/a');
		expect(stored?.queue).toBe('review');
		expect(stored?.srs.reps).toBe(1);
		expect((await db.reviews.get(id))?.rating).toBe(4);
		expect(await db.reviews.count()).toBe(1);
	});

	it('takes an answer back: the card as before, the row gone', async () => {
		db = await seeded(['a']);
		const before = await db.cards.get('deck/a');
		const { reviewId: id } = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		await undoAnswer(db, id);
		expect(await db.cards.get('deck/a')).toEqual(before);
		expect(await db.reviews.count()).toBe(0);
		expect((await nextItem(db, 'deck', now, settings))?.card.questionId).toBe('a');
	});

	it('refuses to take back an answer that is no longer the latest', async () => {
		db = await seeded(['a']);
		const { reviewId: first } = await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, now, settings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, minutes(2), settings);
		await expect(undoAnswer(db, first)).rejects.toThrow('can no longer be taken back');
		expect(await db.reviews.count()).toBe(2);
	});
});

describe('an answer to a card no longer as it was shown', () => {
	it('is refused and writes nothing when the card was answered since (another tab)', async () => {
		db = await seeded(['a']);
		const shown = await db.cards.get('deck/a');
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500, shownLastReview: shown!.srs.lastReview }, now, settings);
		const later = recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500, shownLastReview: shown!.srs.lastReview }, minutes(1), settings);
		await expect(later).rejects.toBeInstanceOf(StaleCardError);
		expect(await db.reviews.count()).toBe(1);
		expect((await db.cards.get('deck/a'))?.srs.reps).toBe(1);
	});

	it('is refused when an answer was taken back since', async () => {
		db = await seeded(['a']);
		const { reviewId, card: after } = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, now, settings);
		await undoAnswer(db, reviewId);
		const stale = recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500, shownLastReview: after.srs.lastReview }, minutes(1), settings);
		await expect(stale).rejects.toBeInstanceOf(StaleCardError);
		expect(await db.reviews.count()).toBe(0);
	});
});

describe('the counts of a study day', () => {
	it('do not count answers dated after the day ends (a clock once set ahead)', async () => {
		db = await seeded(['a', 'b', 'c', 'd']);
		const nextWeek = new Date(2026, 2, 9, 10, 0, 0);
		await recordAnswer(db, { cardId: 'deck/a', rating: 4, durationMs: 500 }, nextWeek, settings);
		expect((await deckCounts(db, 'deck', now, settings)).new).toBe(3);
	});

	it('count due reviews only up to the daily review limit, less the reviews answered today', async () => {
		db = await seeded(['a', 'b', 'c', 'd']);
		for (const id of ['a', 'b', 'c', 'd']) await recordAnswer(db, { cardId: `deck/${id}`, rating: 4, durationMs: 500 }, now, settings);
		const later = new Date(2026, 5, 2, 10, 0, 0);
		expect((await deckCounts(db, 'deck', later, settings)).review).toBe(4);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, later, settings);
		expect((await deckCounts(db, 'deck', later, settings)).review).toBe(3);
		expect((await deckCounts(db, 'deck', later, { ...settings, reviewsPerDay: 2 })).review).toBe(1);
		expect((await deckCounts(db, 'deck', later, { ...settings, reviewsPerDay: 1 })).review).toBe(0);
	});

	it('count only new cards shown today toward the limit, not other answers', async () => {
		db = await seeded(['a', 'b', 'c', 'd', 'e']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, now, settings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, minutes(2), settings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, minutes(4), settings);
		expect((await deckCounts(db, 'deck', minutes(4), settings)).new).toBe(2);
	});
});
