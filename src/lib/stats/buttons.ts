import type { Rating } from '$lib/srs';
import { MATURE_DAYS, type StatsReview } from './types';

/** The kinds of card an answer went to, as Anki's answer-button chart splits them. */
export type AnswerKind = 'learning' | 'young' | 'mature';

export const ANSWER_KINDS: readonly AnswerKind[] = ['learning', 'young', 'mature'];

/** Answers per button (index 0 = Again … 3 = Easy), by kind of card. */
export type ButtonCounts = Record<AnswerKind, [number, number, number, number]>;

/**
 * Which button was pressed how often. New, learning and relearning cards count as learning; a
 * card in review is young below a 21-day interval and mature from it.
 */
export function answerButtons(reviews: Iterable<StatsReview>): ButtonCounts {
	const counts: ButtonCounts = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
	for (const review of reviews) {
		const kind: AnswerKind = review.phaseBefore !== 'review' ? 'learning' : review.log.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
		counts[kind][ratingIndex(review.rating)]++;
	}
	return counts;
}

function ratingIndex(rating: Rating): 0 | 1 | 2 | 3 {
	return (rating - 1) as 0 | 1 | 2 | 3;
}
