import type { CardPhase, Rating, SrsCard } from '$lib/srs';

/**
 * The shapes statistics read. They are the parts of the stored card and review rows that the
 * figures need, so the database rows can be passed in as they are.
 */

/** The parts of a card's scheduling state that statistics read. */
export type StatsMemory = Pick<SrsCard, 'due' | 'stability' | 'difficulty' | 'scheduledDays' | 'phase' | 'lastReview'>;

/** A card as statistics see it: where it waits, and its scheduling state. */
export interface StatsCard {
	queue: 'new' | 'learning' | 'review' | 'retired' | 'suspended' | 'buried';
	srs: StatsMemory;
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

/** The kinds of card an answer went to, as Anki's answer-button chart splits them. */
export type AnswerKind = 'learning' | 'young' | 'mature';

/** Answers per button (index 0 = Again … 3 = Easy), by kind of card. */
export type ButtonCounts = Record<AnswerKind, [number, number, number, number]>;

/**
 * The answers of one deck on one study day, summed: every review-derived figure (calendar,
 * streak, time spent, answer buttons, true retention) is a sum of these, so a year of statistics
 * costs one row per deck and day studied, whatever the number of answers.
 */
export interface DaySummary {
	bankId: string;
	/** Start of the study day, epoch ms. */
	day: number;
	buttons: ButtonCounts;
	/** Time spent answering, ms. */
	ms: number;
}

/** An interval of this many days or more makes a card mature, as in Anki. */
export const MATURE_DAYS = 21;
