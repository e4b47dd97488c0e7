import type { Question } from '$lib/bank/schema';
import { newCard } from '$lib/srs/new-card';
import { release } from './burial';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import type { CardRecord } from './records';

/**
 * What Browse does to one card or a selection. Each act is one transaction over the cards
 * named; a card's review history is never touched but by deletion. Suspended and buried cards
 * leave study by their queue value alone (`suspended`, `buried`): no study range reads them.
 * Each returns how many cards it changed.
 */

function cards(db: FactdeckDatabase, ids: readonly string[]) {
	return db.cards.where(':id').anyOf([...ids]);
}

/** Suspends cards (buried ones too): they stay out of study until unsuspended. */
export function suspendCards(db: FactdeckDatabase, ids: readonly string[]): Promise<number> {
	return cards(db, ids).modify((card) => {
		if (card.queue === 'retired' || card.queue === 'suspended') return;
		card.queue = 'suspended';
		delete card.buriedUntil;
	});
}

export function unsuspendCards(db: FactdeckDatabase, ids: readonly string[]): Promise<number> {
	return cards(db, ids).modify((card) => {
		if (card.queue === 'suspended') release(card);
	});
}

/**
 * Makes cards new again, as Anki's Forget: new cards after those waiting (in the order given),
 * their lapses back to 0; their answers stay in the history. Suspended cards stay suspended.
 */
export async function resetCards(db: FactdeckDatabase, ids: readonly string[], now: Date): Promise<number> {
	const order = new Map(ids.map((id, i) => [id, i]));
	return cards(db, ids).modify((card) => {
		if (card.queue === 'retired') return;
		card.srs = newCard(now, order.get(card.id) ?? 0);
		card.due = card.srs.due;
		if (card.queue !== 'suspended') release(card);
	});
}

/** Adds (or removes) one tag on cards. */
export function tagCards(db: FactdeckDatabase, ids: readonly string[], tag: string, add: boolean): Promise<number> {
	return cards(db, ids).modify((card) => {
		const has = card.tags.includes(tag);
		if (add && !has) card.tags = [...card.tags, tag];
		else if (!add && has) card.tags = card.tags.filter((t) => t !== tag);
	});
}

/**
 * Deletes cards with their questions and their answers, and takes them out of the study
 * sessions' Undo; the decks' question counts follow. One transaction: all or nothing.
 */
export async function deleteCards(db: FactdeckDatabase, ids: readonly string[]): Promise<number> {
	return db.transaction('rw', [db.cards, db.questions, db.reviews, db.banks, db.sessions], async () => {
		const found = (await db.cards.bulkGet([...ids])).filter((c): c is CardRecord => c !== undefined);
		const gone = new Set(found.map((c) => c.id));
		const perBank = new Map<string, number>();
		for (const card of found) perBank.set(card.bankId, (perBank.get(card.bankId) ?? 0) + 1);
		await db.reviews
			.where('cardId')
			.anyOf([...gone])
			.delete();
		await db.questions.bulkDelete(found.map((c) => [c.bankId, c.questionId] as [string, string]));
		await db.cards.bulkDelete([...gone]);
		for (const [bankId, n] of perBank) {
			await db.banks
				.where('id')
				.equals(bankId)
				.modify((bank) => void (bank.questionCount = Math.max(0, bank.questionCount - n)));
			await db.sessions
				.where('bankId')
				.equals(bankId)
				.modify((s) => void (s.undo = s.undo.filter((u) => !gone.has(u.cardId))));
		}
		return found.length;
	});
}

/**
 * Replaces the question of a card with an edited one (already checked by the bank schema) of
 * the same id and type. The card, its schedule and its answers are kept. The row keeps the
 * fingerprint of the question as its deck last gave it, so a deck update that does not change
 * this question leaves the learner's edit in place.
 */
export async function editCardQuestion(db: FactdeckDatabase, id: string, question: Question): Promise<void> {
	await db.transaction('rw', db.cards, db.questions, async () => {
		const card = await db.cards.get(id);
		if (!card) throw new StudyError(`Card ${id} no longer exists.`);
		const row = await db.questions.get([card.bankId, card.questionId]);
		if (!row) throw new StudyError(`The question of card ${id} is missing from the database.`);
		if (question.id !== row.question.id || question.type !== row.question.type) throw new StudyError('An edit cannot change the id or the type of a question.');
		await db.questions.put({ ...row, question });
	});
}
