import { Dexie } from 'dexie';
import type { Question } from '$lib/bank/schema';
import {
	buildQueue,
	dayEnd,
	dayStart,
	queueKind,
	review,
	type QueueCandidate,
	type QueueKind,
	type Rating,
	type SrsCard,
	type SrsSettings
} from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import type { CardRecord, ReviewRecord } from './records';

export interface DeckCounts {
	/** Learning and relearning cards due now. */
	learning: number;
	/** Review cards due before the day rolls over. */
	review: number;
	/** New cards that today's limit still lets in. */
	new: number;
}

export interface StudyItem {
	card: CardRecord;
	question: Question;
}

/** Cards of one deck and queue with `due` in [from, to], read through `[bankId+queue+due]`. */
function inQueue(db: FactdeckDatabase, bankId: string, queue: QueueKind, from: number | typeof Dexie.minKey, to: number | typeof Dexie.maxKey) {
	return db.cards.where('[bankId+queue+due]').between([bankId, queue, from], [bankId, queue, to], true, true);
}

/** New cards first shown since the day began: they count against the daily new-card limit. */
async function newSeenToday(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<number> {
	const start = dayStart(now, settings.dayStartHour).getTime();
	return db.reviews
		.where('[bankId+reviewedAt]')
		.between([bankId, start], [bankId, Dexie.maxKey])
		.filter((r) => r.phaseBefore === 'new')
		.count();
}

export async function deckCounts(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<DeckCounts> {
	const t = now.getTime();
	const [learning, reviewDue, newAvailable, seen] = await Promise.all([
		inQueue(db, bankId, 'learning', Dexie.minKey, t).count(),
		inQueue(db, bankId, 'review', Dexie.minKey, dayEnd(now, settings.dayStartHour).getTime() - 1).count(),
		inQueue(db, bankId, 'new', Dexie.minKey, Dexie.maxKey).count(),
		newSeenToday(db, bankId, now, settings)
	]);
	return { learning, review: reviewDue, new: Math.min(newAvailable, Math.max(0, settings.newPerDay - seen)) };
}

function candidates(cards: CardRecord[], kind: QueueKind): QueueCandidate[] {
	return cards.map((c) => ({ id: c.id, due: c.due, kind }));
}

/**
 * The next card to study in a deck, or null when the deck is done for now. Reads only the
 * head of each queue: the order itself is the srs module's `buildQueue` rule.
 */
export async function nextItem(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<StudyItem | null> {
	const t = now.getTime();
	const learnAhead = t + settings.learnAheadMinutes * 60_000;
	return db.transaction('r', db.cards, db.questions, db.reviews, async () => {
		const [learning, reviewDue, fresh, seen] = await Promise.all([
			inQueue(db, bankId, 'learning', Dexie.minKey, learnAhead).limit(1).toArray(),
			inQueue(db, bankId, 'review', Dexie.minKey, dayEnd(now, settings.dayStartHour).getTime() - 1).limit(1).toArray(),
			inQueue(db, bankId, 'new', Dexie.minKey, Dexie.maxKey).limit(1).toArray(),
			newSeenToday(db, bankId, now, settings)
		]);
		const [first] = buildQueue(
			{ learning: candidates(learning, 'learning'), review: candidates(reviewDue, 'review'), new: candidates(fresh, 'new'), newSeenToday: seen },
			now,
			settings
		);
		if (!first) return null;
		const card = [...learning, ...reviewDue, ...fresh].find((c) => c.id === first.id);
		if (!card) return null;
		const row = await db.questions.get([card.bankId, card.questionId]);
		if (!row) throw new StudyError(`The question of card ${card.id} is missing from the database.`);
		return { card, question: row.question };
	});
}

export interface AnswerInput {
	cardId: string;
	rating: Rating;
	response?: string;
	correct?: boolean;
	durationMs: number;
}

/**
 * Records one answer: the card's next state and one review-log row, in one transaction, so
 * the answer is safe on disk before the next card is shown. Returns the review row's id.
 */
export async function recordAnswer(db: FactdeckDatabase, input: AnswerInput, now: Date, settings: SrsSettings): Promise<number> {
	return db.transaction('rw', db.cards, db.reviews, async () => {
		const card = await db.cards.get(input.cardId);
		if (!card) throw new StudyError(`Card ${input.cardId} does not exist.`);
		const next = review(card.srs, input.rating, now, settings);
		await db.cards.put(withState(card, next.card));
		const row: ReviewRecord = {
			cardId: card.id,
			bankId: card.bankId,
			questionId: card.questionId,
			rating: input.rating,
			phaseBefore: card.srs.phase,
			cardBefore: card.srs,
			response: input.response,
			correct: input.correct,
			durationMs: input.durationMs,
			reviewedAt: now.getTime(),
			log: next.log
		};
		const id = await db.reviews.add(row);
		if (id === undefined) throw new StudyError('The answer was stored without an id.');
		return id;
	});
}

/** A card row carrying a new scheduling state, with its indexed copies (`due`, `queue`) in step. */
function withState(card: CardRecord, srs: SrsCard): CardRecord {
	return { ...card, srs, due: srs.due, queue: queueKind(srs.phase) };
}

/**
 * An answer and its card, provided the answer is still the card's latest: only that one may be
 * re-rated or taken back, since later answers were scheduled from it. `change` names the act.
 */
async function latestAnswer(db: FactdeckDatabase, reviewId: number, change: string): Promise<{ row: ReviewRecord; card: CardRecord }> {
	const row = await db.reviews.get(reviewId);
	if (!row) throw new StudyError(`Answer ${reviewId} does not exist.`);
	const card = await db.cards.get(row.cardId);
	if (!card) throw new StudyError(`Card ${row.cardId} does not exist.`);
	if (card.srs.lastReview !== row.reviewedAt) throw new StudyError(`The card has been answered again since; that answer can no longer be ${change}.`);
	return { row, card };
}

/**
 * Changes the rating of an answer already recorded (the learner said it felt hard or easy):
 * the card is rescheduled from the state it had before that answer, at the same moment.
 */
export async function amendRating(db: FactdeckDatabase, reviewId: number, rating: Rating, settings: SrsSettings): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, async () => {
		const { row, card } = await latestAnswer(db, reviewId, 'changed');
		const next = review(row.cardBefore, rating, new Date(row.reviewedAt), settings);
		await db.cards.put(withState(card, next.card));
		await db.reviews.put({ ...row, rating, log: next.log });
	});
}

/**
 * Takes back an answer: the card returns to the state it had before it, and the answer's
 * review row is deleted, in one transaction. Only the card's latest answer can be taken back.
 */
export async function undoAnswer(db: FactdeckDatabase, reviewId: number): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, async () => {
		const { row, card } = await latestAnswer(db, reviewId, 'taken back');
		await db.cards.put(withState(card, row.cardBefore));
		await db.reviews.delete(reviewId);
	});
}
