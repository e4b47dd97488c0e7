/**
 * Statistics of a deck or of the whole collection: card figures from its cards, answer figures
 * from per-day summaries of its answers (see day-summary.ts), each computed on its own so the
 * page shows each as soon as its data is read.
 * Pure: no svelte, no $app, no dexie, and no clock reads (`now` is a parameter).
 */
import { dailyActivity, streak, type DayActivity } from './activity';
import { dayGrid } from './days';
import { answerButtons } from './buttons';
import { cardCounts, type CardCounts } from './counts';
import { distributions, type Distributions } from './distributions';
import { dueForecast } from './forecast';
import { trueRetention, type RetentionRow } from './retention';
import type { ButtonCounts, DaySummary, StatsCard } from './types';

export type { StatsCard, StatsMemory, StatsReview, DaySummary, AnswerKind, ButtonCounts } from './types';
export type { DayActivity } from './activity';
export type { Bucket, Distributions } from './distributions';
export type { CardCounts } from './counts';
export type { RetentionRow, RetentionPeriod, PassFail } from './retention';
export type { DeckAnswer } from './day-summary';
export { retentionRate } from './retention';
export { ANSWER_KINDS } from './buttons';
export { MATURE_DAYS } from './types';
export { dayFinder, foldAnswers, isEmptyDay, mergeDay } from './day-summary';

/** How far back the calendar, the answer buttons and the time spent look, in study days. */
export const HISTORY_DAYS = 365;
/** How far ahead the due forecast looks, in study days. */
export const FORECAST_DAYS = 30;

/** The figures drawn from the cards as they are now. */
export interface CardStats {
	counts: CardCounts;
	/** Today first. */
	forecast: number[];
	distributions: Distributions;
}

/** The figures drawn from the answers given. */
export interface AnswerStats {
	/** Oldest first, ending today. */
	activity: DayActivity[];
	streak: number;
	retention: RetentionRow[];
	buttons: ButtonCounts;
}

export function computeCardStats(cards: readonly StatsCard[], now: number, dayStartHour: number): CardStats {
	return { counts: cardCounts(cards), forecast: dueForecast(cards, now, dayStartHour, FORECAST_DAYS), distributions: distributions(cards, now) };
}

/**
 * The answer figures from day summaries; `summaries` should be those of the last `HISTORY_DAYS`
 * study days (older ones are ignored by every figure).
 */
export function computeAnswerStats(summaries: readonly DaySummary[], now: number, dayStartHour: number): AnswerStats {
	const activity = dailyActivity(summaries, now, dayStartHour, HISTORY_DAYS);
	const start = activity[0]?.start ?? now;
	const inRun = summaries.filter((s) => s.day >= start);
	return { activity, streak: streak(activity), retention: trueRetention(inRun, now, dayStartHour), buttons: answerButtons(inRun) };
}

/** Start of the oldest study day the statistics look at: answers before it need not be read. */
export function historyStart(now: number, dayStartHour: number): number {
	return dayGrid(now, dayStartHour, 1 - HISTORY_DAYS, HISTORY_DAYS).starts[0];
}
