// The settings rows that belong to one deck, one key each, in one place: deleting a deck takes
// them with it, and a restore of the deck brings them back.

export const deckKey = {
	/** What Study more added today. */
	more: (bankId: string) => `more:${bankId}`,
	/** The deck's own limits and new-card order. */
	options: (bankId: string) => `deck-options:${bankId}`,
	/** Present while the deck is hidden from Home. */
	hidden: (bankId: string) => `hidden:${bankId}`
} as const;

export const HIDDEN_PREFIX = 'hidden:';

export function deckKeys(bankId: string): string[] {
	return Object.values(deckKey).map((key) => key(bankId));
}
