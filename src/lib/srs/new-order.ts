/**
 * The order in which a deck's new cards are introduced, as Anki's "new card gather/sort order"
 * offers it in spirit: the bank's own order, or a random order. A random order is a hash of the
 * card id and the study day, so it is the same after a reload and on every device, and changes
 * the next day for the cards still new. Pure: the day is a parameter.
 */
export const NEW_CARD_ORDERS = ['bank', 'random'] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

/** What the learner calls each order. */
export const NEW_CARD_ORDER_NAMES: Readonly<Record<NewCardOrder, string>> = Object.freeze({
	bank: 'In bank order',
	random: 'In random order'
});

/**
 * A card's place in the random order of the study day starting at `day` (ms): FNV-1a (32 bit)
 * of the day and the card id. A card id holds its deck's id, so each deck has its own order.
 */
export function newCardRank(cardId: string, day: number): number {
	const text = `${day}|${cardId}`;
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * Compares two new cards in `order` for the study day starting at `day`. In bank order `due`
 * holds the bank position; ties are broken by id so the result never depends on input order.
 */
export function compareNew(order: NewCardOrder, day: number): (a: { id: string; due: number }, b: { id: string; due: number }) => number {
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	if (order === 'bank') return (a, b) => a.due - b.due || byId(a, b);
	return (a, b) => newCardRank(a.id, day) - newCardRank(b.id, day) || byId(a, b);
}
