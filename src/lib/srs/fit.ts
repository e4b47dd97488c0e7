import { fsrs, generatorParameters, Rating as FsrsRating, type FSRSState } from 'ts-fsrs';
import { dayStart } from './day';
import type { CardPhase, Rating } from './types';

/**
 * Fitting the FSRS parameters to the learner's own answers, as Anki's "Optimize" does. The
 * fitting itself runs in fsrs-browser (in a Worker); this module prepares its input and judges
 * the result. Pure: the clock, the time zone and the day's start hour are parameters.
 */

export { FIT_MIN_REVIEWS } from './fit-threshold';

/** One answer, as much of it as fitting needs. */
export interface FitReview {
	cardId: string;
	reviewedAt: number;
	rating: Rating;
	phaseBefore: CardPhase;
}

/** Anki's review log as fsrs-browser's `computeParametersAnki` reads it, one entry per answer. */
export interface RevlogArrays {
	/** A number per card (the order in which cards first appear). */
	cids: BigInt64Array;
	/** The rating, 1 (Again) to 4 (Easy). */
	eases: Uint8Array;
	/** When it was answered, epoch ms (Anki's revlog id). */
	ids: BigInt64Array;
	/** Anki's kind of answer: 0 learning, 1 review, 2 relearning. */
	types: Uint8Array;
}

const REVLOG_TYPE: Readonly<Record<CardPhase, number>> = { new: 0, learning: 0, review: 1, relearning: 2 };

/** Each card's answers in time order; cards in the order they were first answered. */
export function byCard(reviews: readonly FitReview[]): FitReview[][] {
	const cards = new Map<string, FitReview[]>();
	for (const review of reviews) {
		const list = cards.get(review.cardId);
		if (list) list.push(review);
		else cards.set(review.cardId, [review]);
	}
	const histories = [...cards.values()].map((list) => list.sort((a, b) => a.reviewedAt - b.reviewedAt));
	return histories.sort((a, b) => a[0].reviewedAt - b[0].reviewedAt);
}

/** The answers as Anki's review log, card by card. */
export function toRevlog(reviews: readonly FitReview[]): RevlogArrays {
	const histories = byCard(reviews);
	const n = reviews.length;
	const log: RevlogArrays = { cids: new BigInt64Array(n), eases: new Uint8Array(n), ids: new BigInt64Array(n), types: new Uint8Array(n) };
	let i = 0;
	histories.forEach((history, card) => {
		let last = -Infinity;
		for (const review of history) {
			// Anki's revlog ids are unique; two answers in one millisecond keep their order.
			last = Math.max(review.reviewedAt, last + 1);
			log.cids[i] = BigInt(card + 1);
			log.eases[i] = review.rating;
			log.ids[i] = BigInt(last);
			log.types[i] = REVLOG_TYPE[review.phaseBefore];
			i++;
		}
	});
	return log;
}

/**
 * Minutes to add to UTC to get the learner's study-day clock: the time zone's offset, less the
 * hour the day starts at, so an answer at 1 am counts for the day before (fsrs-browser's
 * `minute_offset`). `now` picks the time zone offset in force (summer or winter time).
 */
export function minuteOffset(now: Date, dayStartHour: number): number {
	return -now.getTimezoneOffset() - dayStartHour * 60;
}

/** How well a set of parameters predicted the learner's answers. */
export interface FitScore {
	/** Mean log loss of the predicted recall against what happened; lower is better. */
	logLoss: number;
	/** Calibration error: predicted against actual recall in 20 bins of prediction, weighted by size. */
	rmse: number;
	/** Answers that were predicted (those a day or more after the card's previous answer). */
	predicted: number;
}

const BINS = 20;
const EPSILON = 1e-6;

/**
 * Replays every card's history with `parameters` (null: FSRS's defaults) and scores the recall
 * they predicted before each answer given on a later study day. A card whose history does not
 * start with its first answer (imported part-way) is left out, as the fit leaves it out.
 */
export function scoreParameters(reviews: readonly FitReview[], parameters: readonly number[] | null, dayStartHour: number): FitScore {
	const model = fsrs(generatorParameters(parameters ? { w: [...parameters] } : {}));
	const bins = Array.from({ length: BINS }, () => ({ n: 0, p: 0, y: 0 }));
	let loss = 0;
	let predicted = 0;
	for (const history of byCard(reviews)) {
		if (history[0].phaseBefore !== 'new') continue;
		let state: FSRSState | null = null;
		let lastDay = 0;
		for (const review of history) {
			const day = dayNumber(review.reviewedAt, dayStartHour);
			const elapsed = state ? day - lastDay : 0;
			if (state && elapsed >= 1) {
				const p = Math.min(1 - EPSILON, Math.max(EPSILON, model.forgetting_curve(elapsed, state.stability)));
				const recalled = review.rating > FsrsRating.Again ? 1 : 0;
				loss -= recalled ? Math.log(p) : Math.log(1 - p);
				const bin = bins[Math.min(BINS - 1, Math.floor(p * BINS))];
				bin.n++;
				bin.p += p;
				bin.y += recalled;
				predicted++;
			}
			state = model.next_state(state, elapsed, review.rating);
			lastDay = day;
		}
	}
	const squared = bins.reduce((sum, b) => (b.n ? sum + b.n * (b.p / b.n - b.y / b.n) ** 2 : sum), 0);
	return { logLoss: predicted ? loss / predicted : 0, rmse: predicted ? Math.sqrt(squared / predicted) : 0, predicted };
}

/** The study day an answer belongs to, as a count of days since 1970 in local time. */
function dayNumber(at: number, dayStartHour: number): number {
	const start = dayStart(new Date(at), dayStartHour);
	// Date.UTC of the local calendar date: whole days apart, whatever daylight saving does.
	return Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / 86_400_000);
}

/** Days until a new card answered `Good` first comes back once it has left its learning steps. */
export function firstGoodInterval(parameters: readonly number[] | null, desiredRetention: number): number {
	const model = fsrs(generatorParameters({ ...(parameters ? { w: [...parameters] } : {}), request_retention: desiredRetention, enable_fuzz: false }));
	return model.next_interval(model.init_stability(FsrsRating.Good), 0);
}
