import { describe, expect, it } from 'vitest';
import type { FactdeckDatabase } from './database';
import { headsAreFor, nextFromHeads, readQueueHeads, type StudyItem } from './queue';
import { nextItem, recordAnswer } from './study';
import { deckDatabases, minutesLater, studyNow, studySettings } from './test-fixtures';

const now = studyNow;
const minutes = minutesLater;
const settings = studySettings;
const seeded = deckDatabases();
let db: FactdeckDatabase;

/** Answers the next card with heads read before the answer, as a study session does. */
async function answerAhead(rating: 1 | 2 | 3 | 4, at: Date): Promise<{ shown: StudyItem; next: StudyItem | null }> {
	const heads = await readQueueHeads(db, 'deck', at, settings);
	const shown = nextFromHeads(heads, null, at, settings);
	if (!shown) throw new Error('nothing to answer');
	const { card: after } = await recordAnswer(db, { cardId: shown.card.id, rating, durationMs: 1 }, at, settings);
	return { shown, next: nextFromHeads(heads, { item: shown, after }, at, settings) };
}

describe('choosing the next card from heads read before the answer', () => {
	it('agrees with a fresh read after every answer of a session', async () => {
		db = await seeded(['a', 'b', 'c', 'd', 'e']);
		const ratings = [3, 1, 3, 4, 1, 3, 3, 2, 3, 3] as const;
		for (const [i, rating] of ratings.entries()) {
			const at = minutes(i * 3);
			const { next } = await answerAhead(rating, at);
			const fresh = await nextItem(db, 'deck', at, settings);
			expect(next?.card.id ?? null).toBe(fresh?.card.id ?? null);
			if (!fresh) break;
		}
	});

	it('counts a new card answered against the daily limit', async () => {
		db = await seeded(['a', 'b', 'c', 'd']);
		await answerAhead(3, now);
		await answerAhead(3, now);
		const { shown, next } = await answerAhead(3, now);
		expect(shown.card.questionId).toBe('c');
		// Three new cards shown today: 'd' waits for tomorrow; 'a' may be learned ahead.
		expect(next?.card.questionId).not.toBe('d');
	});

	it('brings back the card just answered when nothing else is left', async () => {
		db = await seeded(['a']);
		const { shown, next } = await answerAhead(1, now);
		expect(next?.card.id).toBe(shown.card.id);
		expect(next?.card.srs.reps).toBe(1);
		expect(next?.question).toEqual(shown.question);
	});
});

describe('heads of the queues', () => {
	it('belong to the study day they were read on', async () => {
		db = await seeded(['a']);
		const heads = await readQueueHeads(db, 'deck', now, settings);
		expect(headsAreFor(heads, minutes(60), settings)).toBe(true);
		expect(headsAreFor(heads, new Date(2026, 2, 3, 5, 0, 0), settings)).toBe(false);
	});

	it('hold at most two cards of each queue, with their questions', async () => {
		db = await seeded(['a', 'b', 'c', 'd']);
		const heads = await readQueueHeads(db, 'deck', now, settings);
		expect(heads.cards.map((c) => c.questionId)).toEqual(['a', 'b']);
		expect(heads.questions.get('deck/b')).toMatchObject({ id: 'b', type: 'flashcard' });
	});
});
