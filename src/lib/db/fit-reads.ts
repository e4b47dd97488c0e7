import type { FitReview } from '$lib/srs/fit';
import type { FactdeckDatabase } from './database';

/**
 * Every answer in the review log, as much of each as fitting the schedule needs. Read row by
 * row so the stored card snapshots of a long history are never all held at once.
 */
export async function readFitReviews(db: FactdeckDatabase): Promise<FitReview[]> {
	const reviews: FitReview[] = [];
	await db.reviews.each((row) => {
		reviews.push({ cardId: row.cardId, reviewedAt: row.reviewedAt, rating: row.rating, phaseBefore: row.phaseBefore });
	});
	return reviews;
}

/**
 * How many answers the review log holds, counted no further than `limit`: whether there are
 * enough to fit the schedule to. A full count walks every row (half a million on a long
 * history), and pages opened next wait behind it; `limit` keys are read at once.
 */
export async function countReviewsUpTo(db: FactdeckDatabase, limit: number): Promise<number> {
	return (await db.reviews.limit(limit).primaryKeys()).length;
}
