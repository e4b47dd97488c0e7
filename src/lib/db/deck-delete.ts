import { Dexie } from 'dexie';
import type { FactdeckDatabase } from './database';
import { deckKeys } from './deck-keys';
import { StudyError } from './errors';
import type { BankRecord, CardRecord, QuestionRecord, ReviewRecord, SessionRecord, SettingRecord } from './records';

// Deleting a deck and taking the delete back. Kept apart from the deck's other changes (which
// need the scheduler) because Home offers the Undo and must stay light.

/** Every row a deck had when it was deleted: enough to put it back exactly as it was. */
export interface DeletedDeck {
	bank: BankRecord;
	questions: QuestionRecord[];
	cards: CardRecord[];
	reviews: ReviewRecord[];
	/** The deck's own rows of the settings table (its options, Study more, hidden). */
	settings: SettingRecord[];
	session: SessionRecord | undefined;
}

function tables(db: FactdeckDatabase) {
	return [db.banks, db.questions, db.cards, db.reviews, db.settings, db.sessions, db.assignments];
}

/** The assignment a deck's delete would break: it picks questions from that deck. */
export interface AssignmentUse {
	id: string;
	title: string;
}

/**
 * The teacher's assignments that pick questions from a deck. A teacher keeps a handful, so
 * reading them all costs nothing beside the deck itself.
 */
export async function assignmentsUsing(db: FactdeckDatabase, bankId: string): Promise<AssignmentUse[]> {
	const all = await db.assignments.toArray();
	return all.filter((a) => a.picks.some((p) => p.bankId === bankId)).map(({ id, title }) => ({ id, title }));
}

/**
 * Deletes a deck with its questions, cards, review log, study session and own settings, in one
 * transaction, and returns all it removed so that `restoreDeck` can put it back. Built-in decks
 * come back at every start, so they are hidden instead and refused here. A deck an assignment
 * picks from is refused too (as Moodle keeps a question a quiz uses): editing that assignment
 * later would drop its questions without a word and break the results students send back.
 */
export async function deleteDeck(db: FactdeckDatabase, bankId: string): Promise<DeletedDeck> {
	return db.transaction('rw', tables(db), async () => {
		const bank = await db.banks.get(bankId);
		if (!bank) throw new StudyError('This deck no longer exists: it may have been deleted in another tab.');
		if (bank.builtIn) throw new StudyError(`“${bank.title}” is built in: it can be hidden, not deleted.`);
		const used = await assignmentsUsing(db, bankId);
		if (used.length > 0)
			throw new StudyError(`${usedByText(used)} Delete ${used.length === 1 ? 'that assignment' : 'those assignments'} first, or hide the deck.`);
		const [questions, cards, reviews, settings, session] = await Promise.all([
			db.questions.where('bankId').equals(bankId).toArray(),
			db.cards.where('bankId').equals(bankId).toArray(),
			db.reviews.where('[bankId+reviewedAt]').between([bankId, Dexie.minKey], [bankId, Dexie.maxKey]).toArray(),
			db.settings.bulkGet(deckKeys(bankId)),
			db.sessions.get(bankId)
		]);
		await Promise.all([
			db.banks.delete(bankId),
			db.questions.where('bankId').equals(bankId).delete(),
			db.cards.where('bankId').equals(bankId).delete(),
			db.reviews.bulkDelete(reviews.map((r) => r.id).filter((id) => id !== undefined)),
			db.settings.bulkDelete(deckKeys(bankId)),
			db.sessions.delete(bankId)
		]);
		return { bank, questions, cards, reviews, settings: settings.filter((s) => s !== undefined), session };
	});
}

/**
 * Puts a deleted deck back whole, review log included (with its own ids), in one transaction.
 * Refused if a deck of the same id was stored since (imported again): nothing is overwritten.
 */
export async function restoreDeck(db: FactdeckDatabase, deleted: DeletedDeck): Promise<void> {
	await db.transaction('rw', tables(db), async () => {
		if (await db.banks.get(deleted.bank.id)) {
			throw new StudyError(`A deck “${deleted.bank.title}” is stored again since it was deleted; the deleted one was not brought back.`);
		}
		await db.banks.add(deleted.bank);
		await db.questions.bulkAdd(deleted.questions);
		await db.cards.bulkAdd(deleted.cards);
		await db.reviews.bulkAdd(deleted.reviews);
		await db.settings.bulkPut(deleted.settings);
		if (deleted.session) await db.sessions.put(deleted.session);
	});
}

/** Says which assignments pick from a deck, in words: “Used by the assignment “A”.” */
function usedByText(used: readonly AssignmentUse[]): string {
	const titles = used.map((a) => `“${a.title}”`).join(', ');
	return `Questions of this deck are in the ${used.length === 1 ? 'assignment' : 'assignments'} ${titles}.`;
}
