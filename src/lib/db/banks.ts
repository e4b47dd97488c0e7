import { Dexie } from 'dexie';
import type { Bank } from '$lib/bank/schema';
import { newCard } from '$lib/srs/new-card';
import { queueKind } from '$lib/srs/queue';
import { inQueue } from './counts';
import type { FactdeckDatabase } from './database';
import { fingerprint } from './fingerprint';
import { cardId, type BankRecord, type CardRecord, type QuestionRecord } from './records';

export interface SyncResult {
	bankId: string;
	added: number;
	updated: number;
	retired: number;
	unchanged: boolean;
}

/**
 * Stores a validated bank, in one transaction, keeping every bit of progress:
 * - a question whose id is already known keeps its card (its content is updated in place);
 * - a question that left the bank is retired: its card and history stay, it is never shown;
 * - a question that is new gets a new card, introduced in bank order.
 * A bank whose fingerprint matches the stored one is left alone (one read). Otherwise only
 * rows that change are written, and of the stored cards only the retired ones and those about
 * to retire are read whole, so re-importing a large deck costs about what changed in it.
 */
export async function saveBank(db: FactdeckDatabase, bank: Bank, options: { builtIn: boolean }, now: Date): Promise<SyncResult> {
	const bankPrint = fingerprint(bank);
	return db.transaction('rw', db.banks, db.questions, db.cards, async () => {
		const stored = await db.banks.get(bank.id);
		const result: SyncResult = { bankId: bank.id, added: 0, updated: 0, retired: 0, unchanged: false };
		if (stored?.fingerprint === bankPrint) return { ...result, unchanged: true };

		const t = now.getTime();
		const [knownRows, cardIds, retiredCards] = await Promise.all([
			db.questions.where('bankId').equals(bank.id).toArray(),
			db.cards.where('bankId').equals(bank.id).primaryKeys(),
			inQueue(db, bank.id, 'retired', Dexie.minKey, Dexie.maxKey).toArray()
		]);
		const known = new Map(knownRows.map((q) => [q.id, q]));
		const hasCard = new Set(cardIds);
		const retiredCard = new Map(retiredCards.map((c) => [c.questionId, c]));
		const questionRows: QuestionRecord[] = [];
		const cardRows: CardRecord[] = [];

		bank.questions.forEach((question, order) => {
			const print = fingerprint(question);
			const before = known.get(question.id);
			known.delete(question.id);
			const changed = before?.fingerprint !== print || before.retiredAt !== null;
			if (changed || before.order !== order) {
				questionRows.push({ bankId: bank.id, id: question.id, order, question, fingerprint: print, retiredAt: null });
			}
			const id = cardId(bank.id, question.id);
			if (!hasCard.has(id)) {
				const srs = newCard(now, order);
				// A new card's due time is its making time plus its bank order: "added" keeps deck order.
				cardRows.push({ id, bankId: bank.id, questionId: question.id, queue: 'new', due: srs.due, srs, tags: [...question.tags], addedAt: srs.due });
				result.added++;
				return;
			}
			const card = retiredCard.get(question.id);
			if (card) cardRows.push({ ...card, queue: queueKind(card.srs.phase) });
			if (changed) result.updated++;
		});

		const retiring: string[] = [];
		for (const gone of known.values()) {
			if (gone.retiredAt !== null) continue;
			questionRows.push({ ...gone, retiredAt: t });
			retiring.push(cardId(bank.id, gone.id));
			result.retired++;
		}
		for (const card of await db.cards.bulkGet(retiring)) if (card) cardRows.push({ ...card, queue: 'retired' });

		const record: BankRecord = {
			...stored,
			id: bank.id,
			title: stored?.renamed ? stored.title : bank.title,
			language: bank.language,
			source: bank.source,
			builtIn: options.builtIn,
			fingerprint: bankPrint,
			questionCount: bank.questions.length,
			addedAt: stored?.addedAt ?? t,
			updatedAt: t
		};
		await db.banks.put(record);
		await db.questions.bulkPut(questionRows);
		await db.cards.bulkPut(cardRows);
		return result;
	});
}

/** A deck already stored under the id of a bank about to be imported. */
export interface ImportConflict {
	stored: BankRecord;
	/** The file holds exactly what is stored: importing it would change nothing. */
	identical: boolean;
	/** Questions of the stored deck, in use now, that the bank lacks: replacing would retire them. */
	retiring: number;
}

/** What importing `bank` would do to a deck of the same id, or undefined when the id is free. */
export async function findImportConflict(db: FactdeckDatabase, bank: Bank): Promise<ImportConflict | undefined> {
	return db.transaction('r', db.banks, db.questions, async () => {
		const stored = await db.banks.get(bank.id);
		if (!stored) return undefined;
		const incoming = new Set(bank.questions.map((q) => q.id));
		const active = await db.questions
			.where('bankId')
			.equals(bank.id)
			.filter((q) => q.retiredAt === null && !incoming.has(q.id))
			.count();
		return { stored, identical: stored.fingerprint === fingerprint(bank), retiring: active };
	});
}

/** `title`, or `title (2)`, `title (3)`, … : the first deck title not yet taken on this device. */
export async function unusedTitle(db: FactdeckDatabase, title: string): Promise<string> {
	const taken = new Set((await db.banks.toArray()).map((b) => b.title));
	let candidate = title;
	for (let n = 2; taken.has(candidate); n++) candidate = `${title} (${n})`;
	return candidate;
}
