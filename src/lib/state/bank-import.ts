import { parseBankJson, type Bank, type BankJsonResult } from '$lib/bank';
import { findImportConflict, saveBank, unusedTitle, type ImportConflict, type SyncResult } from '$lib/db/banks';
import { unusedBankId } from '$lib/db/bank-list';
import type { FactdeckDatabase } from '$lib/db/database';

// The heavy half of importing a bank (the validator and the scheduler that saving needs). The
// import state loads this module only when a file is picked, so Home's first load carries
// neither.

export function parseBankFile(text: string, fileName: string): BankJsonResult {
	return parseBankJson(text, fileName);
}

export function conflictOf(db: FactdeckDatabase, bank: Bank): Promise<ImportConflict | undefined> {
	return findImportConflict(db, bank);
}

/** Saves the bank, under a free id and title when it goes in as a new deck beside a taken one. */
export async function saveImported(db: FactdeckDatabase, bank: Bank, asNewDeck: boolean, now: Date): Promise<{ bank: Bank; result: SyncResult }> {
	const stored = asNewDeck ? { ...bank, id: await unusedBankId(db, bank.id), title: await unusedTitle(db, bank.title) } : bank;
	return { bank: stored, result: await saveBank(db, stored, { builtIn: false }, now) };
}
