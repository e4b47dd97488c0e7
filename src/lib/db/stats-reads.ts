import type { StatsCard } from '$lib/stats';
import { fromColumns, readCardColumns } from './card-columns';
import type { FactdeckDatabase } from './database';

/**
 * The cards of one deck (or of all decks, `bankId` null) as statistics see them, read from the
 * decks' card columns (card-columns.ts), so the page neither reads every card record nor keeps
 * a copy of the cards' content.
 */
export async function readStatsCards(db: FactdeckDatabase, bankId: string | null): Promise<StatsCard[]> {
	return (await readCardColumns(db, bankId)).flatMap(fromColumns);
}
