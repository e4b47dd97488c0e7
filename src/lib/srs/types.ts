/**
 * The shapes the rest of Factdeck stores and passes around. They are plain values (numbers
 * and epoch milliseconds, no Date, no class) so they survive JSON and IndexedDB unchanged;
 * `card-state.ts` converts them to and from ts-fsrs' own types.
 */

/** Again, Hard, Good, Easy: the same numbers as ts-fsrs' `Rating`. */
export type Rating = 1 | 2 | 3 | 4;

/** ts-fsrs' `State`, by name. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** The queue a card waits in: learning and relearning cards share one, as in Anki. */
export type QueueKind = 'new' | 'learning' | 'review';

/** The scheduling state of one card (ts-fsrs `Card`, with epoch-ms times). */
export interface SrsCard {
	/** When the card is next due, epoch ms. */
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	learningSteps: number;
	reps: number;
	lapses: number;
	phase: CardPhase;
	/** Epoch ms of the last answer, null for a card never answered. */
	lastReview: number | null;
}

/**
 * One answer, as ts-fsrs logs it: the memory state and schedule the card had *before* the
 * answer (ts-fsrs `ReviewLog`), so a log row can explain or undo a review.
 */
export interface SrsLog {
	rating: Rating;
	phaseBefore: CardPhase;
	/** The previous review time, or the due time of a card answered for the first time. */
	due: number;
	stability: number;
	difficulty: number;
	/** Days between the previous review and this one. */
	elapsedDays: number;
	scheduledDays: number;
	/** Epoch ms of this answer. */
	reviewedAt: number;
}
