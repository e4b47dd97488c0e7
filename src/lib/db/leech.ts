import { isLeechLapse, LEECH_TAG } from '$lib/browse/leech';
import type { SrsCard } from '$lib/srs';
import type { CardRecord } from './records';

/**
 * A card as an answer left it, under the leech rule: when the answer's lapse makes the card a
 * leech, it is tagged "leech" and suspended (its queue `suspended`, out of every study range).
 * `card` is the row with its new state already in place; `before` its state before the answer.
 */
export function withLeechRule(card: CardRecord, before: SrsCard, threshold: number): { card: CardRecord; leech: boolean } {
	if (!isLeechLapse(before.lapses, card.srs.lapses, threshold)) return { card, leech: false };
	const tags = card.tags.includes(LEECH_TAG) ? card.tags : [...card.tags, LEECH_TAG];
	return { card: { ...card, tags, queue: 'suspended' }, leech: true };
}
