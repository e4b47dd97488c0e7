import { dayStart } from '$lib/srs/day';
import { MATURE_DAYS, type AnswerKind, type DaySummary, type StatsReview } from './types';

/** An answer of a deck, as the summaries fold it. */
export type DeckAnswer = StatsReview & { bankId: string };

/**
 * Learning for answers to new, learning and relearning cards; for a card in review, young below
 * a 21-day interval (the one the answer ended) and mature from it, as Anki splits them.
 */
export function answerKind(review: StatsReview): AnswerKind {
	if (review.phaseBefore !== 'review') return 'learning';
	return review.log.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

export function emptyDay(bankId: string, day: number): DaySummary {
	return { bankId, day, buttons: { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] }, ms: 0 };
}

/** The summary holds no answer (every answer of its day was taken back or deleted). */
export function isEmptyDay(summary: DaySummary): boolean {
	return Object.values(summary.buttons).every((counts) => counts.every((n) => n === 0)) && summary.ms === 0;
}

/** Adds one answer to its day's summary (`sign` 1), or takes it out again (`sign` -1). */
export function addToDay(summary: DaySummary, review: StatsReview, sign: 1 | -1): void {
	summary.buttons[answerKind(review)][review.rating - 1] += sign;
	summary.ms += sign * Math.max(0, review.durationMs);
}

/** Every time zone's offset is a whole number of quarter hours, so no day boundary falls inside one. */
const QUARTER_HOUR = 900_000;

/**
 * The study day start of each moment, with one Date computation per quarter hour met rather
 * than per answer: the answers of a long log, read in id order, come in no order of time.
 */
export function dayFinder(dayStartHour: number): (time: number) => number {
	const known = new Map<number, number>();
	return (time) => {
		const quarter = Math.floor(time / QUARTER_HOUR);
		let start = known.get(quarter);
		if (start === undefined) known.set(quarter, (start = dayStart(new Date(time), dayStartHour).getTime()));
		return start;
	};
}

/** The key of a deck's day in the summaries' map (and in the stored table). */
export function dayKey(bankId: string, day: number): string {
	return `${day}\u0000${bankId}`;
}

/**
 * Folds answers into per-deck, per-day summaries (`sign` -1 takes them out). `days` holds the
 * summaries already there, by `dayKey`, and receives those the fold starts.
 */
export function foldAnswers(days: Map<string, DaySummary>, answers: Iterable<DeckAnswer>, dayOf: (time: number) => number, sign: 1 | -1 = 1): void {
	// By deck, then by day start: no key string is built per answer, only per day met.
	const byDeck = new Map<string, Map<number, DaySummary>>();
	for (const answer of answers) {
		const day = dayOf(answer.reviewedAt);
		let deck = byDeck.get(answer.bankId);
		if (!deck) byDeck.set(answer.bankId, (deck = new Map()));
		let summary = deck.get(day);
		if (!summary) {
			const key = dayKey(answer.bankId, day);
			summary = days.get(key);
			if (!summary) days.set(key, (summary = emptyDay(answer.bankId, day)));
			deck.set(day, summary);
		}
		addToDay(summary, answer, sign);
	}
}

/** `stored` with `delta` added (either may be missing): the day as it stands after a change. */
export function mergeDay(stored: DaySummary | undefined, delta: DaySummary): DaySummary {
	if (!stored) return delta;
	const out = emptyDay(delta.bankId, delta.day);
	for (const kind of Object.keys(out.buttons) as AnswerKind[]) {
		for (let i = 0; i < 4; i++) out.buttons[kind][i] = stored.buttons[kind][i] + delta.buttons[kind][i];
	}
	out.ms = stored.ms + delta.ms;
	return out;
}
