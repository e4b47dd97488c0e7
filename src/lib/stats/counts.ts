import type { CardPhase } from '$lib/srs';
import type { StatsCard } from './types';

export type CardCounts = Record<CardPhase | 'suspended' | 'buried', number>;

/**
 * Cards by FSRS phase, with suspended and buried cards counted apart (as Anki's table does):
 * they wait outside study whatever their phase. Retired cards (their question left the bank)
 * are counted nowhere, as the study screens never show them.
 */
export function cardCounts(cards: Iterable<StatsCard>): CardCounts {
	const counts: CardCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, buried: 0 };
	for (const card of cards) {
		if (card.queue === 'retired') continue;
		if (card.queue === 'suspended' || card.queue === 'buried') counts[card.queue]++;
		else counts[card.srs.phase]++;
	}
	return counts;
}
