import { Dexie } from 'dexie';
import { newCard } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';
import { StudyError } from './errors';
import type { BankRecord, CardRecord } from './records';

/** What a deck holds: what deleting it would lose. */
export interface DeckSize {
	/** Cards of questions still in the deck (retired ones are not counted). */
	cards: number;
	/** Answers in its review log. */
	reviews: number;
}

async function storedBank(db: FactdeckDatabase, bankId: string): Promise<BankRecord> {
	const bank = await db.banks.get(bankId);
	if (!bank) throw new StudyError('This deck no longer exists: it may have been deleted in another tab.');
	return bank;
}

export async function deckSize(db: FactdeckDatabase, bankId: string): Promise<DeckSize> {
	return db.transaction('r', db.cards, db.reviews, async () => {
		const [cards, reviews] = await Promise.all([
			db.cards
				.where('bankId')
				.equals(bankId)
				.filter((c) => c.queue !== 'retired')
				.count(),
			db.reviews.where('[bankId+reviewedAt]').between([bankId, Dexie.minKey], [bankId, Dexie.maxKey]).count()
		]);
		return { cards, reviews };
	});
}

/** The title a learner can give a deck: trimmed, not empty, one line, at most 200 characters. */
export function checkTitle(typed: string): { ok: true; title: string } | { ok: false; problem: string } {
	const title = typed.replace(/\s+/g, ' ').trim();
	if (title === '') return { ok: false, problem: 'The name is empty: type a name for the deck.' };
	if (title.length > 200) return { ok: false, problem: `The name is ${title.length} characters long: at most 200, please.` };
	return { ok: true, title };
}

/**
 * Renames a deck, built-in ones too. The name is marked as the learner's, so a later save of the
 * bank (a built-in deck's sync when the app updates, or an import over the deck) keeps it.
 */
export async function renameDeck(db: FactdeckDatabase, bankId: string, typed: string, now: Date): Promise<BankRecord> {
	const checked = checkTitle(typed);
	if (!checked.ok) throw new StudyError(checked.problem);
	return db.transaction('rw', db.banks, async () => {
		const bank = await storedBank(db, bankId);
		const renamed: BankRecord = { ...bank, title: checked.title, renamed: true, updatedAt: now.getTime() };
		await db.banks.put(renamed);
		return renamed;
	});
}

/**
 * Forgets a deck's progress, as Anki's "Forget": every card is new again, in bank order, and
 * today's Study more and the study session (its Undo) go. The review log is kept, as Anki keeps
 * it, so statistics still show the work done; today's new cards already shown still count
 * against today's limit.
 */
export async function resetDeck(db: FactdeckDatabase, bankId: string, now: Date): Promise<number> {
	return db.transaction('rw', [db.banks, db.questions, db.cards, db.sessions, db.settings], async () => {
		await storedBank(db, bankId);
		const [cards, questions] = await Promise.all([db.cards.where('bankId').equals(bankId).toArray(), db.questions.where('bankId').equals(bankId).toArray()]);
		const order = new Map(questions.map((q) => [q.id, q.order]));
		const reset: CardRecord[] = cards.map((card) => {
			const srs = newCard(now, order.get(card.questionId) ?? 0);
			return { ...card, srs, due: srs.due, queue: card.queue === 'retired' ? 'retired' : 'new' };
		});
		await db.cards.bulkPut(reset);
		await Promise.all([db.sessions.delete(bankId), db.settings.delete(deckKey.more(bankId))]);
		return reset.filter((c) => c.queue !== 'retired').length;
	});
}
