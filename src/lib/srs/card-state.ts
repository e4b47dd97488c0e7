import { Rating as FsrsRating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { SrsError } from './errors';
import type { CardPhase, Rating, SrsCard, SrsLog } from './types';

/**
 * Conversion between Factdeck's plain card state and ts-fsrs' `Card` and `ReviewLog` (Dates
 * and enums). Every ts-fsrs value enters and leaves the app through this file.
 */

const PHASE_OF_STATE: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

const STATE_OF_PHASE: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

const GRADE_OF_RATING: Record<Rating, Grade> = {
	1: FsrsRating.Again,
	2: FsrsRating.Hard,
	3: FsrsRating.Good,
	4: FsrsRating.Easy
};

export function toGrade(rating: Rating): Grade {
	return GRADE_OF_RATING[rating];
}

function toRating(rating: FsrsRating): Rating {
	switch (rating) {
		case FsrsRating.Again:
			return 1;
		case FsrsRating.Hard:
			return 2;
		case FsrsRating.Good:
			return 3;
		case FsrsRating.Easy:
			return 4;
		default:
			throw new SrsError(`ts-fsrs logged a manual rating (${rating}); Factdeck never asks for one.`);
	}
}

function time(ms: number, field: string): Date {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) throw new SrsError(`Card field ${field} is not a valid time: ${ms}`);
	return date;
}

export function toFsrsCard(card: SrsCard): Card {
	const fsrsCard: Card = {
		due: time(card.due, 'due'),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_OF_PHASE[card.phase]
	};
	if (card.lastReview !== null) fsrsCard.last_review = time(card.lastReview, 'lastReview');
	return fsrsCard;
}

export function fromFsrsCard(card: Card): SrsCard {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		phase: PHASE_OF_STATE[card.state],
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

export function fromFsrsLog(log: ReviewLog): SrsLog {
	return {
		rating: toRating(log.rating),
		phaseBefore: PHASE_OF_STATE[log.state],
		due: log.due.getTime(),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsedDays: log.elapsed_days,
		scheduledDays: log.scheduled_days,
		reviewedAt: log.review.getTime()
	};
}
