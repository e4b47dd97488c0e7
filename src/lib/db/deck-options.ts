import { deckOptionsSchema, type DeckOptions } from '$lib/srs/deck-options';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';

// A deck's own options live in the settings table (one row per deck), so a backup carries them
// and a restore brings them back with the rest of the settings.

const deckOptionsKey = deckKey.options;

export { loadDeckOptions } from './deck-options-read';

/** Saves a deck's options, validated first; with no option left, the row goes (the deck follows the settings). */
export async function putDeckOptions(db: FactdeckDatabase, bankId: string, options: DeckOptions): Promise<DeckOptions> {
	const valid = deckOptionsSchema.parse(options);
	const own = Object.fromEntries(Object.entries(valid).filter(([, value]) => value !== undefined));
	if (Object.keys(own).length === 0) await db.settings.delete(deckOptionsKey(bankId));
	else await db.settings.put({ key: deckOptionsKey(bankId), value: own });
	return own;
}
