import type { CardPhase, Rating, SrsCard } from '$lib/srs';
import { dayFinder, foldAnswers } from './day-summary';
import type { DaySummary, StatsCard, StatsReview } from './types';

/** Local time, so the day boundary (a local hour) is the same wherever the tests run. */
export function at(year: number, month: number, day: number, hour = 12, minute = 0): number {
	return new Date(year, month - 1, day, hour, minute).getTime();
}

export function answer(reviewedAt: number, rating: Rating, phaseBefore: CardPhase = 'review', scheduledDays = 5, durationMs = 1000): StatsReview {
	return { reviewedAt, rating, phaseBefore, durationMs, log: { scheduledDays } };
}

export function card(phase: CardPhase, fields: Partial<SrsCard> = {}, queue?: StatsCard['queue']): StatsCard {
	const srs: SrsCard = {
		due: 0,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: phase === 'new' ? 0 : 1,
		lapses: 0,
		phase,
		lastReview: null,
		...fields
	};
	return { queue: queue ?? (phase === 'new' ? 'new' : phase === 'review' ? 'review' : 'learning'), srs };
}

/** The answers folded into day summaries of one deck, as the database keeps them. */
export function summaries(answers: readonly StatsReview[], dayStartHour = 4, bankId = 'deck'): DaySummary[] {
	const days = new Map<string, DaySummary>();
	foldAnswers(
		days,
		answers.map((a) => ({ ...a, bankId })),
		dayFinder(dayStartHour)
	);
	return [...days.values()];
}
