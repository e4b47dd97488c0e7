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

/** How many answers the review log holds: enough to fit the schedule to, or not yet. */
export function countReviews(db: FactdeckDatabase): Promise<number> {
	return db.reviews.count();
}
