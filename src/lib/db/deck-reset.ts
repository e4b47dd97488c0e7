import { newCard } from '$lib/srs/new-card';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';
import { storedBank } from './deck-manage';
import type { CardRecord } from './records';

// Apart from deck-manage.ts: new schedules come from ts-fsrs, which the deck page loads only
// when Reset is pressed.

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
