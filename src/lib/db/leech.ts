import { isLeechLapse, LEECH_TAG } from '$lib/browse/leech';
import { queueKind, type SrsCard } from '$lib/srs';
import type { CardRecord } from './records';

export interface LeechRuled {
	card: CardRecord;
	/** The answer made the card a leech: it is suspended and tagged "leech". */
	leech: boolean;
	/** The answer added the "leech" tag (the card had none): taking the answer back takes it off. */
	tagged: boolean;
}

/**
 * A card as an answer left it, under the leech rule: when the answer's lapse makes the card a
 * leech, it is tagged "leech" and suspended (its queue `suspended`, out of every study range).
 * `card` is the row with its new state already in place; `before` its state before the answer.
 */
export function withLeechRule(card: CardRecord, before: SrsCard, threshold: number): LeechRuled {
	if (!isLeechLapse(before.lapses, card.srs.lapses, threshold)) return { card, leech: false, tagged: false };
	const tagged = !card.tags.includes(LEECH_TAG);
	const tags = tagged ? [...card.tags, LEECH_TAG] : card.tags;
	return { card: { ...card, tags, queue: 'suspended' }, leech: true, tagged };
}

/**
 * A card taken back to the state `before` an answer, its indexed copies in step; the "leech"
 * tag comes off if that answer put it on (`tagged`), other tags stay as they are now.
 */
export function withoutAnswer(card: CardRecord, before: SrsCard, tagged: boolean): CardRecord {
	const tags = tagged ? card.tags.filter((tag) => tag !== LEECH_TAG) : card.tags;
	return { ...card, srs: before, due: before.due, queue: queueKind(before.phase), tags };
}
