import type { FactdeckDatabase } from './database';
import type { BankRecord } from './records';

// Reads of the deck list, apart from saveBank: Home loads these first, without the scheduler
// that saving a bank needs.

export async function listBanks(db: FactdeckDatabase): Promise<BankRecord[]> {
	const banks = await db.banks.toArray();
	return banks.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title));
}

export function getBank(db: FactdeckDatabase, bankId: string): Promise<BankRecord | undefined> {
	return db.banks.get(bankId);
}

/** `base`, or `base-2`, `base-3`, … : the first bank id not yet taken on this device. */
export async function unusedBankId(db: FactdeckDatabase, base: string): Promise<string> {
	const taken = new Set(await db.banks.toCollection().primaryKeys());
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}
