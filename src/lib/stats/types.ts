import type { CardPhase, Rating, SrsCard } from '$lib/srs';

/**
 * The shapes statistics read. They are the parts of the stored card and review rows that the
 * figures need, so the database rows can be passed in as they are.
 */

/** A card as statistics see it: where it waits, and its scheduling state. */
export interface StatsCard {
	queue: 'new' | 'learning' | 'review' | 'retired' | 'suspended' | 'buried';
	srs: SrsCard;
}

/** One answer as statistics see it. */
export interface StatsReview {
	rating: Rating;
	phaseBefore: CardPhase;
	durationMs: number;
	reviewedAt: number;
	/** The schedule before the answer: `scheduledDays` is the interval the answer ended. */
	log: { scheduledDays: number };
}

/** An interval of this many days or more makes a card mature, as in Anki. */
export const MATURE_DAYS = 21;
