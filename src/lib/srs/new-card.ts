import { createEmptyCard } from 'ts-fsrs';
import { fromFsrsCard } from './card-state';
import type { SrsCard } from './types';

// Apart from the scheduler and its settings (which bring the validator): storing a bank makes
// new cards, and the first visit stores the built-in bank while the page is already drawn.

/**
 * A card never studied. Its due time is `now + order` ms, so new cards sorted by due keep the
 * order of their bank.
 */
export function newCard(now: Date, order = 0): SrsCard {
	return fromFsrsCard(createEmptyCard(new Date(now.getTime() + order)));
}
