import type { Transaction } from 'dexie';
import type { BankRecord, CardRecord, QuestionRecord } from './records';

/** A card row as versions 1 to 4 stored it. */
type OldCard = Omit<CardRecord, 'tags' | 'addedAt'> & Partial<Pick<CardRecord, 'tags' | 'addedAt'>>;

/**
 * The version-5 upgrade: each card takes its question's tags, and as the time it was added
 * its deck's, plus its order in the deck (as a new card's due time is made), so Browse's
 * "added" sort keeps deck order. Every other field is left as it was.
 */
export async function fillCardFields(tx: Transaction): Promise<void> {
	const banks = new Map<string, number>();
	await tx.table<BankRecord, string>('banks').each((bank) => banks.set(bank.id, bank.addedAt));
	const questions = new Map<string, { tags: string[]; order: number }>();
	await tx
		.table<QuestionRecord, [string, string]>('questions')
		.each((q) => questions.set(`${q.bankId}/${q.id}`, { tags: q.question.tags ?? [], order: q.order }));
	await tx
		.table<OldCard, string>('cards')
		.toCollection()
		.modify((card) => {
			const question = questions.get(card.id);
			card.tags ??= [...(question?.tags ?? [])];
			card.addedAt ??= (banks.get(card.bankId) ?? card.srs.due) + (question?.order ?? 0);
		});
}
