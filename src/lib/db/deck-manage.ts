import { Dexie } from 'dexie';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import type { BankRecord } from './records';

/** What a deck holds: what deleting it would lose. */
export interface DeckSize {
	/** Cards of questions still in the deck (retired ones are not counted). */
	cards: number;
	/** Answers in its review log. */
	reviews: number;
}

/** The deck as stored, or the error that says it was deleted (in another tab, say). */
export async function storedBank(db: FactdeckDatabase, bankId: string): Promise<BankRecord> {
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
