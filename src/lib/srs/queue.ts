import { dayStart, reviewHorizon } from './day';
import { compareNew } from './new-order';
import type { SrsSettings } from './settings';
import type { CardPhase, QueueKind } from './types';

/** A card waiting to be studied: only what the queue order needs. */
export interface QueueCandidate {
	id: string;
	due: number;
	kind: QueueKind;
}

/** The queue a card in `phase` waits in; relearning cards wait with learning ones, as in Anki. */
export function queueKind(phase: CardPhase): QueueKind {
	return phase === 'relearning' ? 'learning' : phase;
}

/** Earliest due first; ties by id so the order never depends on the input order. */
function byDue(a: QueueCandidate, b: QueueCandidate): number {
	return a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The order in which cards are studied at `now`, following Anki's scheduler:
 * 1. learning and relearning cards due at or before `now`, earliest first, because their
 *    steps are minutes long and waiting spoils them;
 * 2. review cards due before the study day ends (`dayEnd`, moved on by `reviewAheadDays`),
 *    most overdue (earliest due) first, at most `reviewsPerDay - reviewsSeenToday` of them;
 * 3. new cards in `newCardOrder`: bank order (their `due` is the bank position) or the day's
 *    random order; at most `newPerDay - newSeenToday` of them, because today's limit counts
 *    those already shown;
 * 4. only when nothing above is left, learning cards due within `learnAheadMinutes` of `now`,
 *    earliest first, so a session can finish instead of waiting for a 10-minute step.
 * Candidates may include cards not yet due; they are left out here. A new card is never
 * "not yet due": it waits only for the daily limit. Pure: `now` is a parameter.
 */
export function buildQueue(
	input: { learning: QueueCandidate[]; review: QueueCandidate[]; new: QueueCandidate[]; newSeenToday: number; reviewsSeenToday?: number },
	now: Date,
	settings: SrsSettings
): QueueCandidate[] {
	const t = now.getTime();
	const reviewBefore = reviewHorizon(now, settings);
	const newLimit = Math.max(0, settings.newPerDay - input.newSeenToday);

	const learning = input.learning.filter((c) => c.due <= t).sort(byDue);
	const reviewLimit = Math.max(0, settings.reviewsPerDay - (input.reviewsSeenToday ?? 0));
	const reviews = input.review
		.filter((c) => c.due < reviewBefore)
		.sort(byDue)
		.slice(0, reviewLimit);
	const fresh = [...input.new].sort(compareNew(settings.newCardOrder, dayStart(now, settings.dayStartHour).getTime())).slice(0, newLimit);
	const queue = [...learning, ...reviews, ...fresh];
	if (queue.length > 0) return queue;

	const aheadUntil = t + settings.learnAheadMinutes * 60_000;
	return input.learning.filter((c) => c.due > t && c.due <= aheadUntil).sort(byDue);
}
