import { Dexie } from 'dexie';
import type { StatsCard, StatsReview } from '$lib/stats';
import type { FactdeckDatabase } from './database';

/** The rows the statistics page reads: one deck's, or the whole collection's. */
export interface StatsRows {
	cards: StatsCard[];
	reviews: StatsReview[];
}

/**
 * The cards of one deck (or of all decks, `bankId` null) and their answers since `since`.
 * Cards come through the `bankId` index; answers through `[bankId+reviewedAt]` (or `reviewedAt`)
 * as a range starting at `since`, so a long history older than the statistics look back is
 * never read. Each row is cut down to the fields statistics use, so the page keeps no copy of
 * the cards' content or of each answer's before-state.
 */
export function readStatsRows(db: FactdeckDatabase, bankId: string | null, since: number): Promise<StatsRows> {
	return db.transaction('r', db.cards, db.reviews, async () => {
		const cardRows = bankId === null ? db.cards.toArray() : db.cards.where('bankId').equals(bankId).toArray();
		const reviewRows =
			bankId === null
				? db.reviews.where('reviewedAt').aboveOrEqual(since).toArray()
				: db.reviews.where('[bankId+reviewedAt]').between([bankId, since], [bankId, Dexie.maxKey], true, true).toArray();
		const [cards, reviews] = await Promise.all([cardRows, reviewRows]);
		return {
			cards: cards.map(({ queue, srs }) => ({ queue, srs })),
			reviews: reviews.map(({ rating, phaseBefore, durationMs, reviewedAt, log }) => ({
				rating,
				phaseBefore,
				durationMs,
				reviewedAt,
				log: { scheduledDays: log.scheduledDays }
			}))
		};
	});
}
