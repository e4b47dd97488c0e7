import type { StatsCard } from '$lib/stats';
import type { FactdeckDatabase } from './database';

/**
 * The cards of one deck (or of all decks, `bankId` null), cut down to the fields statistics use,
 * so the page keeps no copy of the cards' content.
 */
export async function readStatsCards(db: FactdeckDatabase, bankId: string | null): Promise<StatsCard[]> {
	const cards = bankId === null ? await db.cards.toArray() : await db.cards.where('bankId').equals(bankId).toArray();
	return cards.map(({ queue, srs }) => ({ queue, srs }));
}
