import type { FactdeckDatabase } from './database';
import { deckKey, HIDDEN_PREFIX } from './deck-keys';

// Hiding a deck keeps all of it (questions, progress, history) and only takes it off Home. The
// mark is a settings row, so a backup carries it and a restore brings it back.

/** The ids of the decks hidden from Home. */
export async function hiddenDeckIds(db: FactdeckDatabase): Promise<Set<string>> {
	const keys = await db.settings.where('key').startsWith(HIDDEN_PREFIX).primaryKeys();
	return new Set(keys.map((key) => key.slice(HIDDEN_PREFIX.length)));
}

export async function setDeckHidden(db: FactdeckDatabase, bankId: string, hidden: boolean): Promise<void> {
	if (hidden) await db.settings.put({ key: deckKey.hidden(bankId), value: true });
	else await db.settings.delete(deckKey.hidden(bankId));
}
