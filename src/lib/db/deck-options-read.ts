import { readDeckOptions, type DeckOptions } from '$lib/srs/deck-options-read';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';

// Apart from deck-options.ts, whose writer validates with zod, so that the deck page reads a
// deck's options without loading the schema.

/** A deck's options, read option by option (see readDeckOptions); `damaged` names the dropped ones. */
export async function loadDeckOptions(db: FactdeckDatabase, bankId: string): Promise<{ options: DeckOptions; damaged: string[] }> {
	return readDeckOptions((await db.settings.get(deckKey.options(bankId)))?.value);
}
