import { bankHash, type BuiltInBank } from '$lib/assign/bank-hash';
import type { Question } from '$lib/bank/schema';
import type { FactdeckDatabase } from './database';
import type { BankRecord } from './records';

export interface DeckQuestions {
	bank: BankRecord;
	/** The deck's live questions (not retired), in bank order. */
	questions: Question[];
}

/** Every deck with its live questions in bank order: what a teacher can pick from. */
export async function decksWithQuestions(db: FactdeckDatabase): Promise<DeckQuestions[]> {
	return db.transaction('r', db.banks, db.questions, async () => {
		const banks = await db.banks.toArray();
		const rows = await db.questions.toArray();
		return banks
			.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.title.localeCompare(b.title))
			.map((bank) => ({
				bank,
				questions: rows
					.filter((r) => r.bankId === bank.id && r.retiredAt === null)
					.sort((a, b) => a.order - b.order)
					.map((r) => r.question)
			}));
	});
}

/** The built-in banks as assignment links reference them: live questions in order, and their hash. */
export async function builtInBankContent(decks: readonly DeckQuestions[]): Promise<Map<string, BuiltInBank>> {
	const entries = await Promise.all(
		decks
			.filter((d) => d.bank.builtIn)
			.map(async (d) => [d.bank.id, { id: d.bank.id, title: d.bank.title, hash: await bankHash(d.questions), questions: d.questions }] as const)
	);
	return new Map(entries);
}

/** One deck's live questions in bank order, read in one transaction with the deck. */
export async function deckQuestions(db: FactdeckDatabase, bankId: string): Promise<DeckQuestions | undefined> {
	return db.transaction('r', db.banks, db.questions, async () => {
		const bank = await db.banks.get(bankId);
		if (!bank) return undefined;
		const rows = await db.questions.where('bankId').equals(bankId).toArray();
		const questions = rows
			.filter((r) => r.retiredAt === null)
			.sort((a, b) => a.order - b.order)
			.map((r) => r.question);
		return { bank, questions };
	});
}
