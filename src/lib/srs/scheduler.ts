import { fsrs, generatorParameters, type Card, type FSRS } from 'ts-fsrs';
import { fromFsrsCard, fromFsrsLog, toFsrsCard, toGrade } from './card-state';
import { formatInterval } from './interval';
import { toSteps, type SrsSettings } from './settings-read';
import type { Rating, SrsCard, SrsLog } from './types';

export { newCard } from './new-card';

/**
 * Scheduling over ts-fsrs (FSRS-6). Every next state comes from ts-fsrs; this file only
 * converts values and picks the parameters. Pure: `now` is always a parameter.
 */

let cached: { key: string; scheduler: FSRS } | null = null;

/**
 * The one place a ts-fsrs scheduler is built. Settings rarely change, so the last scheduler is
 * kept, keyed by the values it depends on (not by object identity, so a mutated settings
 * object can never get a stale scheduler).
 */
function schedulerFor(settings: SrsSettings): FSRS {
	const key = JSON.stringify([
		settings.desiredRetention,
		settings.maximumInterval,
		settings.enableFuzz,
		settings.learningSteps,
		settings.relearningSteps,
		settings.parameters
	]);
	if (cached?.key === key) return cached.scheduler;
	const scheduler = fsrs(
		generatorParameters({
			request_retention: settings.desiredRetention,
			maximum_interval: settings.maximumInterval,
			enable_fuzz: settings.enableFuzz,
			learning_steps: toSteps(settings.learningSteps),
			relearning_steps: toSteps(settings.relearningSteps),
			enable_short_term: true,
			...(settings.parameters ? { w: settings.parameters } : {})
		})
	);
	cached = { key, scheduler };
	return scheduler;
}

/**
 * The card as ts-fsrs should see it at `now`. A device clock set back can put the last review
 * after `now`; ts-fsrs rejects a negative elapsed time, so the review counts as same-moment.
 */
function atTime(card: SrsCard, now: Date): Card {
	const fsrsCard = toFsrsCard(card);
	if (fsrsCard.last_review && fsrsCard.last_review.getTime() > now.getTime()) fsrsCard.last_review = now;
	return fsrsCard;
}

/** The card's next state after answering it with `rating` at `now`, and the log of that answer. */
export function review(card: SrsCard, rating: Rating, now: Date, settings: SrsSettings): { card: SrsCard; log: SrsLog } {
	const next = schedulerFor(settings).next(atTime(card, now), now, toGrade(rating));
	return { card: fromFsrsCard(next.card), log: fromFsrsLog(next.log) };
}

/**
 * What each rating would do to the card at `now`: the due time and its distance from `now` as a
 * button label. Equals what `review` gives for the same card, rating, time and settings (the
 * fuzz of ts-fsrs is seeded from the card and the time, so even fuzzed intervals agree).
 */
export function preview(card: SrsCard, now: Date, settings: SrsSettings): Record<Rating, { due: number; interval: string }> {
	const options = schedulerFor(settings).repeat(atTime(card, now), now);
	const entry = (rating: Rating) => {
		const due = options[toGrade(rating)].card.due.getTime();
		return { due, interval: formatInterval(due - now.getTime()) };
	};
	return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}
