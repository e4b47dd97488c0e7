import { review, queueKind, type Rating, type SrsCard, type SrsSettings } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { StaleCardError, StudyError } from './errors';
import { withLeechRule, withoutAnswer } from './leech';
import { nextFromHeads, readQueueHeads, type StudyItem } from './queue';
import type { CardRecord, ReviewRecord } from './records';

/** The next card to study in a deck at `now`, or null when the deck is done for now. */
export async function nextItem(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<StudyItem | null> {
	return nextFromHeads(await readQueueHeads(db, bankId, now, settings), null, now, settings);
}

export interface AnswerInput {
	cardId: string;
	rating: Rating;
	response?: string;
	correct?: boolean;
	durationMs: number;
	/**
	 * The card's last answer as the learner saw it (null: never answered). When given, the answer
	 * is refused with a StaleCardError if the card has been answered or taken back since, in
	 * another tab: answering it again would count one card twice.
	 */
	shownLastReview?: number | null;
}

export interface RecordedAnswer {
	reviewId: number;
	/** The card as the answer left it. */
	card: CardRecord;
	/** The answer made the card a leech: it is now tagged "leech" and suspended. */
	leech: boolean;
}

/**
 * Whether a stored card is still in the state the learner was shown, told by its last answer.
 * Recording, re-rating and taking back an answer all change it, in this tab or another.
 */
function isAsShown(card: CardRecord, lastReview: number | null): boolean {
	return card.srs.lastReview === lastReview;
}

/** What one answer writes: the card as it leaves it and its review-log row. */
export interface AnswerWrite {
	card: CardRecord;
	row: ReviewRecord;
	leech: boolean;
}

/**
 * What answering `card` (as stored, or as shown) with `input` at `now` writes. The scheduler is
 * deterministic (its fuzz seeded from card and time), so the same card gives the same write.
 */
export function answerWrite(card: CardRecord, input: AnswerInput, now: Date, settings: SrsSettings): AnswerWrite {
	const next = review(card.srs, input.rating, now, settings);
	const { card: stored, leech, tagged } = withLeechRule(withState(card, next.card), card.srs, settings.leechThreshold);
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
		log: next.log,
		...(tagged ? { leechTagged: true as const } : {})
	};
	return { card: stored, row, leech };
}

/**
 * Records one answer: the card's next state and one review-log row, in one transaction, so
 * the two never disagree on disk. The state stored is `cardAfter` of the card as read.
 */
export async function recordAnswer(db: FactdeckDatabase, input: AnswerInput, now: Date, settings: SrsSettings): Promise<RecordedAnswer> {
	return db.transaction('rw', db.cards, db.reviews, async () => {
		const card = await db.cards.get(input.cardId);
		if (!card) throw new StudyError(`Card ${input.cardId} does not exist.`);
		if (input.shownLastReview !== undefined && !isAsShown(card, input.shownLastReview)) throw new StaleCardError(card.id);
		const write = answerWrite(card, input, now, settings);
		// Both requests go out together: one round trip to the database, not two.
		const [, reviewId] = await Promise.all([db.cards.put(write.card), db.reviews.add(write.row)]);
		if (reviewId === undefined) throw new StudyError('The answer was stored without an id.');
		return { reviewId, card: write.card, leech: write.leech };
	});
}

/**
 * The card as answering it with `rating` at `now` leaves it: what `recordAnswer` stores for a
 * card still as shown, so a session can choose the next card before the write is done.
 */
export function cardAfter(card: CardRecord, rating: Rating, now: Date, settings: SrsSettings): CardRecord {
	return answerWrite(card, { cardId: card.id, rating, durationMs: 0 }, now, settings).card;
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
	if (!isAsShown(card, row.reviewedAt)) throw new StudyError(`The card has been answered again since; that answer can no longer be ${change}.`);
	return { row, card };
}

/**
 * Changes the rating of an answer already recorded (the learner said it felt hard or easy):
 * the card is rescheduled from the state it had before that answer, at the same moment.
 * Returns the card as the new rating left it.
 */
export async function amendRating(db: FactdeckDatabase, reviewId: number, rating: Rating, settings: SrsSettings): Promise<CardRecord> {
	return db.transaction('rw', db.cards, db.reviews, async () => {
		const { row, card } = await latestAnswer(db, reviewId, 'changed');
		const next = review(row.cardBefore, rating, new Date(row.reviewedAt), settings);
		const stored = withLeechRule(withState(card, next.card), row.cardBefore, settings.leechThreshold).card;
		await db.cards.put(stored);
		await db.reviews.put({ ...row, rating, log: next.log });
		return stored;
	});
}

/**
 * Takes back an answer: the card returns to the state it had before it (a card the answer made
 * a leech is unsuspended, and the "leech" tag comes off if the answer put it on), and the
 * answer's review row is deleted, in one transaction. Only the card's latest answer can be taken back.
 */
export async function undoAnswer(db: FactdeckDatabase, reviewId: number): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, async () => {
		const { row, card } = await latestAnswer(db, reviewId, 'taken back');
		await db.cards.put(withoutAnswer(card, row.cardBefore, row.leechTagged === true));
		await db.reviews.delete(reviewId);
	});
}
