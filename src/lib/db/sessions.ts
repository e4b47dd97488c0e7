import { addAnswer, startTally } from '$lib/quiz/tally';
import { dayStart, type SrsSettings } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import type { StudyItem } from './queue';
import type { SessionRecord } from './records';
import { sessionFromRow, UNDO_DEPTH } from './session-row';
import { recordAnswer, undoAnswer, type AnswerInput, type RecordedAnswer } from './study';

/** A session left alone this long is over: coming back later starts a new one, as in Anki. */
export const SESSION_IDLE_MS = 60 * 60_000;
export { UNDO_DEPTH } from './session-row';

/**
 * The session to carry on with in a deck at `now`: the stored one when it belongs to this study
 * day and was last used within the hour, otherwise a new, empty one (not stored until its first
 * answer). A stored row that does not parse (damaged, or from a build that wrote it otherwise)
 * is set aside the same way: it holds only a tally, never an answer.
 */
export async function openSession(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<SessionRecord> {
	const day = dayStart(now, settings.dayStartHour).getTime();
	return (await resumable(db, bankId, day, now)) ?? { bankId, day, tally: startTally(now), lastActiveAt: now.getTime(), undo: [] };
}

/** The stored session of a deck, parsed, if it belongs to study day `day` and was used within the hour before `now`. */
async function resumable(db: FactdeckDatabase, bankId: string, day: number, now: Date): Promise<SessionRecord | null> {
	return resumableRow(await db.sessions.get(bankId), day, now);
}

/** A stored session row, parsed, if it belongs to study day `day` and was used within the hour before `now`. */
export function resumableRow(row: unknown, day: number, now: Date): SessionRecord | null {
	const stored = sessionFromRow(row);
	return stored && stored.day === day && now.getTime() - stored.lastActiveAt < SESSION_IDLE_MS ? stored : null;
}

/** `session` with one more answer (review row `reviewId`, of card `cardId`) in its tally and its Undo. */
export function withAnswer(session: SessionRecord, reviewId: number, cardId: string, correct: boolean | undefined, now: Date): SessionRecord {
	const entry = { reviewId, cardId, tallyBefore: session.tally };
	return { ...session, tally: addAnswer(session.tally, correct), lastActiveAt: now.getTime(), undo: [...session.undo, entry].slice(-UNDO_DEPTH) };
}

/**
 * The session a deck is in now: the one stored, which a tab studying the same deck beside this
 * one may have moved on (both add to one tally and one Undo), unless it is over; then `session`.
 */
export async function refreshSession(db: FactdeckDatabase, session: SessionRecord, now: Date): Promise<SessionRecord> {
	return db.transaction('r', db.sessions, async () => (await resumable(db, session.bankId, session.day, now)) ?? session);
}

/**
 * Records an answer and the session it belongs to in one transaction: the tally and Undo on
 * disk never disagree with the answers.
 */
export async function recordInSession(
	db: FactdeckDatabase,
	session: SessionRecord,
	input: AnswerInput,
	now: Date,
	settings: SrsSettings
): Promise<{ recorded: RecordedAnswer; session: SessionRecord }> {
	return db.transaction('rw', db.cards, db.reviews, db.sessions, async () => {
		// The card and the stored session are read together: an answer costs three round trips.
		const [recorded, stored] = await Promise.all([recordAnswer(db, input, now, settings), resumable(db, session.bankId, session.day, now)]);
		const next = withAnswer(stored ?? session, recorded.reviewId, input.cardId, input.correct, now);
		await db.sessions.put(next);
		return { recorded, session: next };
	});
}

/**
 * Takes back the session's last answer: the card as it was before, the review row gone and the
 * tally as it was, in one transaction. Returns the item to show again and the session after.
 */
export async function undoInSession(db: FactdeckDatabase, shown: SessionRecord, now: Date): Promise<{ item: StudyItem; session: SessionRecord }> {
	return db.transaction('rw', [db.cards, db.reviews, db.questions, db.sessions], async () => {
		const session = (await resumable(db, shown.bankId, shown.day, now)) ?? shown;
		const last = session.undo.at(-1);
		if (!last) throw new StudyError('There is no answer left to take back.');
		await undoAnswer(db, last.reviewId);
		const card = await db.cards.get(last.cardId);
		const row = card && (await db.questions.get([card.bankId, card.questionId]));
		if (!card || !row) throw new StudyError(`The card of that answer is no longer in this deck.`);
		const next: SessionRecord = { ...session, tally: last.tallyBefore, lastActiveAt: now.getTime(), undo: session.undo.slice(0, -1) };
		await db.sessions.put(next);
		return { item: { card, question: row.question }, session: next };
	});
}
