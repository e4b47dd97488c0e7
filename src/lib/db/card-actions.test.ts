import { describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { buryCards, releaseBuried } from './burial';
import { deleteCards, editCardQuestion, resetCards, suspendCards, tagCards, unsuspendCards } from './card-actions';
import { deckCounts } from './counts';
import { openSession, recordInSession } from './sessions';
import { nextItem, recordAnswer, undoAnswer } from './study';
import { deckDatabases, minutesLater, studyNow, studySettings } from './test-fixtures';

const deck = deckDatabases();
const settings = { ...studySettings, newPerDay: 10 };
const tomorrow = new Date(studyNow.getTime() + 86_400_000);

describe('suspending and burying', () => {
	it('keeps suspended cards out of study and of the deck counts until unsuspended', async () => {
		const db = await deck(['a', 'b']);
		expect(await suspendCards(db, ['deck/a'])).toBe(1);
		expect(await deckCounts(db, 'deck', studyNow, settings)).toEqual({ learning: 0, review: 0, new: 1 });
		expect((await nextItem(db, 'deck', studyNow, settings))?.card.id).toBe('deck/b');
		await unsuspendCards(db, ['deck/a']);
		expect((await db.cards.get('deck/a'))?.queue).toBe('new');
		expect((await deckCounts(db, 'deck', studyNow, settings)).new).toBe(2);
	});

	it('brings a buried card back once its day is over, in the queue of its phase', async () => {
		const db = await deck(['a', 'b']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 1 }, studyNow, settings);
		await buryCards(db, ['deck/a', 'deck/b'], tomorrow.getTime());
		expect(await deckCounts(db, 'deck', minutesLater(30), settings)).toEqual({ learning: 0, review: 0, new: 0 });
		expect(await releaseBuried(db, minutesLater(30))).toBe(0);
		expect(await releaseBuried(db, tomorrow)).toBe(2);
		const [a, b] = await db.cards.bulkGet(['deck/a', 'deck/b']);
		expect([a?.queue, b?.queue, a?.buriedUntil]).toEqual(['learning', 'new', undefined]);
	});

	it('leaves suspended cards suspended when buried, and buried ones suspended when suspended', async () => {
		const db = await deck(['a', 'b']);
		await suspendCards(db, ['deck/a']);
		await buryCards(db, ['deck/a', 'deck/b'], tomorrow.getTime());
		await suspendCards(db, ['deck/b']);
		const rows = await db.cards.bulkGet(['deck/a', 'deck/b']);
		expect(rows.map((c) => [c?.queue, c?.buriedUntil])).toEqual([
			['suspended', undefined],
			['suspended', undefined]
		]);
	});
});

describe('reset, tags, edit and delete', () => {
	it('makes a card new again and keeps its answers', async () => {
		const db = await deck(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, settings);
		await resetCards(db, ['deck/a'], minutesLater(5));
		const card = await db.cards.get('deck/a');
		expect([card?.queue, card?.srs.phase, card?.srs.reps, card?.due]).toEqual(['new', 'new', 0, minutesLater(5).getTime()]);
		expect(await db.reviews.count()).toBe(1);
	});

	it('adds a tag once and removes it', async () => {
		const db = await deck(['a', 'b']);
		await tagCards(db, ['deck/a', 'deck/b'], 'hard', true);
		await tagCards(db, ['deck/a'], 'hard', true);
		expect((await db.cards.get('deck/a'))?.tags).toEqual(['hard']);
		await tagCards(db, ['deck/a'], 'hard', false);
		expect(await db.cards.where('tags').equals('hard').primaryKeys()).toEqual(['deck/b']);
	});

	it('replaces the question and keeps the card, its schedule and its answers', async () => {
		const db = await deck(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, settings);
		const before = await db.cards.get('deck/a');
		await editCardQuestion(db, 'deck/a', { id: 'a', type: 'flashcard', prompt: 'New front', back: 'New back', tags: [] });
		expect((await db.questions.get(['deck', 'a']))?.question.prompt).toBe('New front');
		expect(await db.cards.get('deck/a')).toEqual(before);
		expect(await db.reviews.count()).toBe(1);
		await expect(editCardQuestion(db, 'deck/a', { id: 'a', type: 'short_answer', prompt: 'P', answer: 'x', tags: [] })).rejects.toThrow('type');
	});

	it('deletes cards with their questions and answers, and takes them out of Undo', async () => {
		const db = await deck(['a', 'b']);
		const session = await openSession(db, 'deck', studyNow, settings);
		const { session: after } = await recordInSession(db, session, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, settings);
		await recordInSession(db, after, { cardId: 'deck/b', rating: 3, durationMs: 1 }, studyNow, settings);
		expect(await deleteCards(db, ['deck/a'])).toBe(1);
		expect(await db.cards.get('deck/a')).toBeUndefined();
		expect(await db.questions.get(['deck', 'a'])).toBeUndefined();
		expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual(['deck/b']);
		expect((await db.sessions.get('deck'))?.undo.map((u) => u.cardId)).toEqual(['deck/b']);
		expect((await db.banks.get('deck'))?.questionCount).toBe(1);
	});
});

describe('leeches', () => {
	it('tags and suspends a card at its Nth lapse, and says so', async () => {
		const db = await deck(['a']);
		const leechy = { ...settings, leechThreshold: 2, learningSteps: [], relearningSteps: [] };
		let t = studyNow.getTime();
		const answer = async (rating: 1 | 3) => {
			t += 30 * 86_400_000;
			return recordAnswer(db, { cardId: 'deck/a', rating, durationMs: 1 }, new Date(t), leechy);
		};
		await answer(3);
		expect((await answer(1)).leech).toBe(false);
		await answer(3);
		const second = await answer(1);
		expect(second.card.srs.lapses).toBe(2);
		expect(second.leech).toBe(true);
		const stored = await db.cards.get('deck/a');
		expect([stored?.queue, stored?.tags]).toEqual(['suspended', ['leech']]);
		expect(await nextItem(db, 'deck', new Date(t + 86_400_000 * 365), leechy)).toBeNull();
		expect(DEFAULT_SRS_SETTINGS.leechThreshold).toBe(8);
	});

	it('takes the tag and the suspension off again when the answer that made the leech is taken back', async () => {
		const db = await deck(['a']);
		const { answer, leechy } = lapsing(db);
		await answer(3);
		await answer(1);
		await answer(3);
		const before = await db.cards.get('deck/a');
		const { reviewId, leech } = await answer(1);
		expect(leech).toBe(true);
		await undoAnswer(db, reviewId);
		expect(await db.cards.get('deck/a')).toEqual(before);
		expect((await nextItem(db, 'deck', new Date(before!.due), leechy))?.card.id).toBe('deck/a');
	});

	it('keeps a "leech" tag the card had before, and still unsuspends it, when that answer is taken back', async () => {
		const db = await deck(['a']);
		const { answer } = lapsing(db);
		await answer(3);
		await answer(1);
		await answer(3);
		await tagCards(db, ['deck/a'], 'leech', true);
		const before = await db.cards.get('deck/a');
		const { reviewId } = await answer(1);
		expect((await db.cards.get('deck/a'))?.queue).toBe('suspended');
		await undoAnswer(db, reviewId);
		expect(await db.cards.get('deck/a')).toEqual(before);
		expect(before?.tags).toEqual(['leech']);
	});
});

/** Answers card deck/a a month apart each time, under a leech threshold of 2 lapses. */
function lapsing(db: Awaited<ReturnType<typeof deck>>) {
	const leechy = { ...settings, leechThreshold: 2, learningSteps: [], relearningSteps: [] };
	let t = studyNow.getTime();
	const answer = (rating: 1 | 3) => {
		t += 30 * 86_400_000;
		return recordAnswer(db, { cardId: 'deck/a', rating, durationMs: 1 }, new Date(t), leechy);
	};
	return { answer, leechy };
}
