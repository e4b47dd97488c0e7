import type { FitScore } from '$lib/srs/fit';

/** What the page asks the schedule-fitting Worker. */
export interface FitRequest {
	/** The database to read the review log from (tests use their own). */
	database: string;
	/** The parameters in use now, null for FSRS's defaults. */
	current: number[] | null;
	dayStartHour: number;
	desiredRetention: number;
	/** Epoch ms: the time zone offset in force then places answers on study days. */
	now: number;
}

/** The fit and how it compares with the parameters in use. */
export interface FitOutcome {
	parameters: number[];
	/** Answers and cards the fit learnt from. */
	reviews: number;
	cards: number;
	before: FitScore;
	after: FitScore;
	/** Days until a new card answered Good first comes back, with the current and the fitted parameters. */
	firstGoodBefore: number;
	firstGoodAfter: number;
}

export type FitReply =
	| { type: 'stage'; stage: 'reading' | 'fitting' | 'comparing' }
	| { type: 'done'; outcome: FitOutcome }
	| { type: 'too-few'; reviews: number }
	| { type: 'error'; message: string };
