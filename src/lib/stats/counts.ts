import type { CardPhase } from '$lib/srs';
import type { StatsCard } from './types';

export type CardCounts = Record<CardPhase, number>;

/**
 * Cards by FSRS phase. Retired cards (their question left the bank) are counted nowhere, as
 * the study screens never show them. Factdeck has no suspended cards yet, so none are counted.
 */
export function cardCounts(cards: Iterable<StatsCard>): CardCounts {
	const counts: CardCounts = { new: 0, learning: 0, review: 0, relearning: 0 };
	for (const card of cards) {
		if (card.queue === 'retired') continue;
		counts[card.srs.phase]++;
	}
	return counts;
}
