import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import type { SrsCard } from './types';

/** The parameters the scheduler uses (ts-fsrs defaults): the decay of the curve comes from them. */
const WEIGHTS = generatorParameters().w;
const DAY_MS = 86_400_000;

/**
 * The chance of recalling `card` at `now`, by ts-fsrs' forgetting curve over the time since
 * its last answer (in fractional days, never negative when the clock was set back). A card
 * never answered has no memory yet: 0, as ts-fsrs' `get_retrievability` says.
 */
export function retrievability(card: Pick<SrsCard, 'phase' | 'lastReview' | 'stability'>, now: number): number {
	if (card.phase === 'new' || card.lastReview === null || card.stability <= 0) return 0;
	const elapsed = Math.max(0, (now - card.lastReview) / DAY_MS);
	return forgetting_curve(WEIGHTS, elapsed, card.stability);
}
