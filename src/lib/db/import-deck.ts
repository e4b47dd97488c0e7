import { BANK_SCHEMA_VERSION } from '$lib/bank/constants';
import type { Bank } from '$lib/bank/schema';
import { idPart } from '$lib/formats/deck-builder';
import type { ImportedDeck } from '$lib/formats/types';
import { queueKind, review, type SrsSettings } from '$lib/srs';
import { unusedBankId } from './bank-list';
import { saveBank, unusedTitle } from './banks';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import { cardId, type CardRecord, type ReviewRecord } from './records';

export interface SavedImport {
	bankId: string;
	title: string;
	questions: number;
	reviews: number;
}

/**
 * Stores an imported deck as a new deck, in one transaction with its review history: each
 * answer from the other app is replayed through Factdeck's scheduler, oldest first, so the
 * cards come out scheduled as if they had been studied here. If anything fails, nothing stays.
 */
export async function saveImportedDeck(db: FactdeckDatabase, deck: ImportedDeck, now: Date, settings: SrsSettings): Promise<SavedImport> {
	if (deck.questions.length === 0) throw new StudyError('The file holds no question that can be imported.');
	return db.transaction('rw', db.banks, db.questions, db.cards, db.reviews, async () => {
		const bank: Bank = {
			schemaVersion: BANK_SCHEMA_VERSION,
			id: await unusedBankId(db, idPart(deck.title.toLowerCase())),
			title: await unusedTitle(db, deck.title),
			// The other app does not say which language its cards are in: "und" is BCP 47's "undetermined".
			language: 'und',
			questions: deck.questions
		};
		await saveBank(db, bank, { builtIn: false }, now);
		const cards = new Map<string, CardRecord>();
		const rows: ReviewRecord[] = [];
		for (const answer of deck.history) {
			const id = cardId(bank.id, answer.questionId);
			const card = cards.get(id) ?? (await db.cards.get(id));
			if (!card) continue;
			const next = review(card.srs, answer.rating, new Date(answer.reviewedAt), settings);
			rows.push({
				cardId: id,
				bankId: bank.id,
				questionId: answer.questionId,
				rating: answer.rating,
				phaseBefore: card.srs.phase,
				cardBefore: card.srs,
				durationMs: answer.durationMs,
				reviewedAt: answer.reviewedAt,
				log: next.log
			});
			cards.set(id, { ...card, srs: next.card, due: next.card.due, queue: queueKind(next.card.phase) });
		}
		await db.cards.bulkPut([...cards.values()]);
		await db.reviews.bulkAdd(rows);
		return { bankId: bank.id, title: bank.title, questions: bank.questions.length, reviews: rows.length };
	});
}
