/**
 * Statistics of a deck or of the whole collection, computed from its cards and its answers.
 * Pure: no svelte, no $app, no dexie, and no clock reads (`now` is a parameter).
 */
import { dailyActivity, streak, type DayActivity } from './activity';
import { dayGrid } from './days';
import { answerButtons, type ButtonCounts } from './buttons';
import { cardCounts, type CardCounts } from './counts';
import { distributions, type Distributions } from './distributions';
import { dueForecast } from './forecast';
import { trueRetention, type RetentionRow } from './retention';
import type { StatsCard, StatsReview } from './types';

export type { StatsCard, StatsReview } from './types';
export type { DayActivity } from './activity';
export type { Bucket, Distributions } from './distributions';
export type { CardCounts } from './counts';
export type { RetentionRow, RetentionPeriod, PassFail } from './retention';
export type { AnswerKind, ButtonCounts } from './buttons';
export { retentionRate } from './retention';
export { ANSWER_KINDS } from './buttons';
export { MATURE_DAYS } from './types';

/** How far back the calendar, the answer buttons and the time spent look, in study days. */
export const HISTORY_DAYS = 365;
/** How far ahead the due forecast looks, in study days. */
export const FORECAST_DAYS = 30;

export interface Stats {
	counts: CardCounts;
	/** Oldest first, ending today. */
	activity: DayActivity[];
	streak: number;
	/** Today first. */
	forecast: number[];
	retention: RetentionRow[];
	buttons: ButtonCounts;
	distributions: Distributions;
}

/**
 * Every figure of the statistics page. `reviews` should be the answers of the last
 * `HISTORY_DAYS` study days (older ones are ignored by every figure).
 */
export function computeStats(cards: readonly StatsCard[], reviews: readonly StatsReview[], now: number, dayStartHour: number): Stats {
	const activity = dailyActivity(reviews, now, dayStartHour, HISTORY_DAYS);
	return {
		counts: cardCounts(cards),
		activity,
		streak: streak(activity),
		forecast: dueForecast(cards, now, dayStartHour, FORECAST_DAYS),
		retention: trueRetention(reviews, now, dayStartHour),
		buttons: answerButtons(reviews),
		distributions: distributions(cards, now)
	};
}

/** Start of the oldest study day the statistics look at: answers before it need not be read. */
export function historyStart(now: number, dayStartHour: number): number {
	return dayGrid(now, dayStartHour, 1 - HISTORY_DAYS, HISTORY_DAYS).starts[0];
}
