import type { Bank } from '$lib/bank/schema';
import { saveBank } from '$lib/db/banks';
import { markBuiltInSynced } from '$lib/db/builtin-source';
import type { FactdeckDatabase } from '$lib/db/database';

/**
 * Saves a built-in bank, keeping all progress. Loaded only when a file differs from what was
 * last synced (first run, or an app update). The bank was checked when the app was built, so
 * neither the validator nor the whole database index comes with it: on a first visit this runs
 * while the page is already drawn, and every module it loads is time the page cannot respond.
 */
export async function syncBuiltIn(db: FactdeckDatabase, bank: Bank, now: Date): Promise<void> {
	await saveBank(db, bank, { builtIn: true }, now);
	await markBuiltInSynced(db, bank.id, bank);
}
