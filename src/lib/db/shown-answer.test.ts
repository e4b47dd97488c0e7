import { describe, expect, it } from 'vitest';
import { tagCards } from './card-actions';
import { StaleCardError, StudyError } from './errors';
import type { FactdeckDatabase } from './database';
import type { CardRecord } from './records';
import { openSession } from './sessions';
import { recordShown } from './shown-answer';
import { cardAfter, recordAnswer, undoAnswer } from './study';
import { deckDatabases, minutesLater, snapshot, studyNow, studySettings } from './test-fixtures';

const seeded = deckDatabases();
const settings = studySettings;

async function shownCard(db: FactdeckDatabase, id = 'deck/a'): Promise<CardRecord> {
	const card = await db.cards.get(id);
	if (!card) throw new Error(`no card ${id}`);
	return card;
}

describe('an answer to the card on screen', () => {
	it('stores the card as the answer leaves it, one review row and the session with its Undo', async () => {
		const db = await seeded(['a', 'b']);
		const shown = await shownCard(db);
		const session = await openSession(db, 'deck', studyNow, settings);
		const saved = await recordShown(db, session, shown, { rating: 3, durationMs: 900, correct: true }, studyNow, settings);
		const after = cardAfter(shown, 3, studyNow, settings);
		expect(await db.cards.get('deck/a')).toEqual(after);
		expect(saved.recorded.card).toEqual(after);
		const rows = await db.reviews.toArray();
		expect(rows).toMatchObject([{ id: saved.recorded.reviewId, cardId: 'deck/a', rating: 3, cardBefore: shown.srs, durationMs: 900 }]);
		const stored = await db.sessions.get('deck');
		expect(stored).toEqual(saved.session);
		expect(stored?.tally).toMatchObject({ items: 1, graded: 1, correct: 1 });
		expect(stored?.undo).toEqual([{ reviewId: saved.recorded.reviewId, cardId: 'deck/a', tallyBefore: session.tally }]);
	});

	it('adds to the session as stored, which another tab may have moved on', async () => {
		const db = await seeded(['a', 'b']);
		const opened = await openSession(db, 'deck', studyNow, settings);
		const elsewhere = await recordShown(db, opened, await shownCard(db, 'deck/b'), { rating: 3, durationMs: 1 }, studyNow, settings);
		const saved = await recordShown(db, opened, await shownCard(db), { rating: 3, durationMs: 1 }, minutesLater(1), settings);
		expect(saved.session.tally.items).toBe(2);
		expect(saved.session.undo.map((u) => u.reviewId)).toEqual([elsewhere.recorded.reviewId, saved.recorded.reviewId]);
	});

	it('writes nothing and throws StaleCardError when the card was answered since it was shown', async () => {
		const db = await seeded(['a']);
		const shown = await shownCard(db);
		const session = await openSession(db, 'deck', studyNow, settings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 1 }, studyNow, settings);
		const before = await snapshot(db);
		const late = recordShown(db, session, shown, { rating: 4, durationMs: 1 }, minutesLater(1), settings);
		await expect(late).rejects.toBeInstanceOf(StaleCardError);
		// The card put and the review row added with the read were rolled back with it.
		expect(await snapshot(db)).toBe(before);
	});

	it('writes nothing and throws StaleCardError when an answer was taken back since it was shown', async () => {
		const db = await seeded(['a']);
		const { reviewId, card: shown } = await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, settings);
		await undoAnswer(db, reviewId);
		const before = await snapshot(db);
		const session = await openSession(db, 'deck', studyNow, settings);
		await expect(recordShown(db, session, shown, { rating: 3, durationMs: 1 }, minutesLater(1), settings)).rejects.toBeInstanceOf(StaleCardError);
		expect(await snapshot(db)).toBe(before);
	});

	it('writes nothing when the card is gone', async () => {
		const db = await seeded(['a']);
		const shown = await shownCard(db);
		await db.cards.delete('deck/a');
		const before = await snapshot(db);
		const session = await openSession(db, 'deck', studyNow, settings);
		await expect(recordShown(db, session, shown, { rating: 3, durationMs: 1 }, studyNow, settings)).rejects.toBeInstanceOf(StudyError);
		expect(await snapshot(db)).toBe(before);
	});

	it('answers the card as stored when it was changed otherwise since it was shown (a tag added)', async () => {
		const db = await seeded(['a']);
		const shown = await shownCard(db);
		await tagCards(db, ['deck/a'], 'hard', true);
		const session = await openSession(db, 'deck', studyNow, settings);
		const saved = await recordShown(db, session, shown, { rating: 3, durationMs: 1 }, studyNow, settings);
		const stored = await db.cards.get('deck/a');
		expect(stored?.tags).toEqual(['hard']);
		expect(stored?.srs).toEqual(cardAfter(shown, 3, studyNow, settings).srs);
		expect(await db.reviews.count()).toBe(1);
		expect(saved.session.tally.items).toBe(1);
	});
});
