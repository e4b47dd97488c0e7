import type { Fsrs } from 'fsrs-browser';
import { byCard, FIT_MIN_REVIEWS, firstGoodInterval, minuteOffset, scoreParameters, toRevlog, type FitReview } from '$lib/srs/fit';
import type { FitOutcome, FitReply, FitRequest } from './fit-protocol';

/**
 * Fits FSRS to the answers with fsrs-browser's optimiser (Anki's own, compiled to WebAssembly)
 * and scores the fit against the parameters in use on the same answers. Runs in the Worker;
 * `makeFsrs` gives it an optimiser whose WebAssembly is already loaded.
 */
export function computeFit(
	makeFsrs: () => Fsrs,
	reviews: readonly FitReview[],
	request: Omit<FitRequest, 'database'>,
	onStage: (stage: 'fitting' | 'comparing') => void = () => {}
): Extract<FitReply, { type: 'done' | 'too-few' }> {
	if (reviews.length < FIT_MIN_REVIEWS) return { type: 'too-few', reviews: reviews.length };
	onStage('fitting');
	const log = toRevlog(reviews);
	const optimiser = makeFsrs();
	let fitted: Float32Array;
	try {
		fitted = optimiser.computeParametersAnki(minuteOffset(new Date(request.now), request.dayStartHour), log.cids, log.eases, log.ids, log.types, null, true);
	} finally {
		optimiser.free();
	}
	onStage('comparing');
	// Float32 to the nearest millionth: the same value after a trip through JSON and storage.
	const parameters = Array.from(fitted, (w) => Math.round(w * 1e6) / 1e6);
	const outcome: FitOutcome = {
		parameters,
		reviews: reviews.length,
		cards: byCard(reviews).length,
		before: scoreParameters(reviews, request.current, request.dayStartHour),
		after: scoreParameters(reviews, parameters, request.dayStartHour),
		firstGoodBefore: firstGoodInterval(request.current, request.desiredRetention),
		firstGoodAfter: firstGoodInterval(parameters, request.desiredRetention)
	};
	return { type: 'done', outcome };
}
