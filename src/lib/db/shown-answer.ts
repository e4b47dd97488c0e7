import { dequal } from 'dequal/lite';
import type { SrsSettings } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { StaleCardError, StudyError } from './errors';
import type { CardRecord, SessionRecord } from './records';
import { recordInSession, resumableRow, withAnswer } from './sessions';
import { answerWrite, type AnswerInput, type RecordedAnswer } from './study';

/** An answer to a card on screen: the card is named by the card shown. */
export type ShownAnswer = Omit<AnswerInput, 'cardId' | 'shownLastReview'>;

/** Aborts the transaction of an answer whose card was changed since it was shown, though not answered. */
class ChangedSinceShown extends Error {}

/**
 * Records an answer given to `shown` (the card as the learner saw it) with the session it
 * belongs to, in one transaction whose requests go out together, without waiting on each other:
 * the card and the session are read, and the card's next state (worked out from the card as
 * shown) and the review row written, in one round trip; the session follows with the commit,
 * once the review row has the id its Undo names. IndexedDB runs the requests of a transaction in
 * the order they were made, so the reads see the rows as they were before this answer.
 *
 * When the card read is not the card shown the transaction is aborted, and none of its writes
 * land: a card answered since (or an answer taken back), in another tab, throws StaleCardError;
 * a card changed otherwise (tagged, suspended or edited in Browse) is answered again through
 * `recordInSession`, from the card as stored.
 */
export async function recordShown(
	db: FactdeckDatabase,
	session: SessionRecord,
	shown: CardRecord,
	answer: ShownAnswer,
	now: Date,
	settings: SrsSettings
): Promise<{ recorded: RecordedAnswer; session: SessionRecord }> {
	const write = answerWrite(shown, { ...answer, cardId: shown.id }, now, settings);
	try {
		return await db.transaction('rw', db.cards, db.reviews, db.sessions, async (tx) => {
			const reads = Promise.all([db.cards.get(shown.id), db.sessions.get(session.bankId)]);
			const writes = Promise.all([db.cards.put(write.card), db.reviews.add(write.row)]);
			// When the answer is refused below, these fail with the abort; the refusal is what is thrown.
			writes.catch(() => {});
			const [stored, storedSession] = await reads;
			if (!stored) throw new StudyError(`Card ${shown.id} does not exist.`);
			if (stored.srs.lastReview !== shown.srs.lastReview) throw new StaleCardError(shown.id);
			if (!dequal(stored, shown)) throw new ChangedSinceShown();
			const [, reviewId] = await writes;
			if (reviewId === undefined) throw new StudyError('The answer was stored without an id.');
			const next = withAnswer(resumableRow(storedSession, session.day, now) ?? session, reviewId, shown.id, answer.correct, now);
			const saved = db.sessions.put(next);
			// Nothing follows the session: committing now spares the round trip IndexedDB would wait for.
			tx.idbtrans.commit();
			await saved;
			return { recorded: { reviewId, card: write.card, leech: write.leech }, session: next };
		});
	} catch (error) {
		if (!(error instanceof ChangedSinceShown)) throw error;
		return recordInSession(db, session, { ...answer, cardId: shown.id, shownLastReview: shown.srs.lastReview }, now, settings);
	}
}
