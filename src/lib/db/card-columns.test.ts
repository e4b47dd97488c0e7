import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/assign/shuffle';
import type { Rating } from '$lib/srs';
import { saveBank } from './banks';
import { buryCards } from './burial';
import { deleteCards, resetCards, suspendCards } from './card-actions';
import type { FactdeckDatabase } from './database';
import { deleteDeck, restoreDeck } from './deck-delete';
import { resetDeck } from './deck-reset';
import { readStatsCards } from './stats-reads';
import { amendRating, recordAnswer, undoAnswer } from './study';
import { bankOf, card, minutesLater, studyNow, studySettings, testDatabases, saveTwoDecks } from './test-fixtures';

const fresh = testDatabases();

/** The cards as statistics should see them: read whole from the card table, in a stable order. */
async function direct(db: FactdeckDatabase, bankId: string | null) {
	const cards = bankId === null ? await db.cards.toArray() : await db.cards.where('bankId').equals(bankId).toArray();
	return sorted(
		cards.map(({ queue, srs: { due, stability, difficulty, scheduledDays, phase, lastReview } }) => ({
			queue,
			srs: { phase, due, stability, difficulty, scheduledDays, lastReview }
		}))
	);
}

/** Sorted by their JSON (both sides build their objects with keys in one order). */
function sorted<T>(cards: T[]): T[] {
	return cards
		.map((c) => JSON.stringify(c))
		.sort()
		.map((c) => JSON.parse(c) as T);
}

async function expectInStep(db: FactdeckDatabase): Promise<void> {
	expect(sorted(await readStatsCards(db, 'one'))).toEqual(await direct(db, 'one'));
	expect(sorted(await readStatsCards(db, null))).toEqual(await direct(db, null));
}

async function twoDecks(): Promise<FactdeckDatabase> {
	const db = fresh();
	await saveTwoDecks(db);
	await readStatsCards(db, null);
	return db;
}

describe('the card columns statistics read', () => {
	it('hold each deck once read, and take in only the cards changed since', async () => {
		const db = await twoDecks();
		expect(await db.cardColumns.count()).toBe(2);
		await recordAnswer(db, { cardId: 'one/a', rating: 3, durationMs: 900 }, minutesLater(1), studySettings);
		expect(await db.changedCards.toArray()).toEqual([{ id: 'one/a' }]);
		await expectInStep(db);
		expect(await db.changedCards.count()).toBe(0);
	});

	it('follow re-ratings, Undo, suspending, burying, resets and deletions', async () => {
		const db = await twoDecks();
		const { reviewId } = await recordAnswer(db, { cardId: 'one/b', rating: 1, durationMs: 900 }, minutesLater(1), studySettings);
		await amendRating(db, reviewId, 4, studySettings);
		await expectInStep(db);
		await undoAnswer(db, reviewId);
		await suspendCards(db, ['one/c']);
		await expectInStep(db);
		await buryCards(db, ['one/d', 'two/e'], minutesLater(600).getTime());
		await resetCards(db, ['one/d'], minutesLater(3));
		await expectInStep(db);
		await deleteCards(db, ['one/a', 'two/f']);
		await expectInStep(db);
	});

	it('follow a deck deleted and put back, a deck reset and a deck added', async () => {
		const db = await twoDecks();
		await recordAnswer(db, { cardId: 'two/e', rating: 3, durationMs: 900 }, minutesLater(1), studySettings);
		const deleted = await deleteDeck(db, 'two');
		await expectInStep(db);
		await restoreDeck(db, deleted);
		await resetDeck(db, 'one', minutesLater(2));
		await saveBank(db, bankOf([card('g')], 'three'), { builtIn: false }, studyNow);
		await expectInStep(db);
	});

	it('equal the cards after any sequence of answers and card changes', async () => {
		const db = await twoDecks();
		const rand = seededRandom('card-columns');
		const ids = ['one/a', 'one/b', 'one/c', 'one/d', 'two/e', 'two/f'];
		let t = minutesLater(10).getTime();
		for (let step = 0; step < 40; step++) {
			const id = ids[Math.floor(rand() * ids.length)];
			const act = rand();
			t += Math.floor(rand() * 30 * 3_600_000);
			if (!(await db.cards.get(id))) continue;
			if (act < 0.6) await recordAnswer(db, { cardId: id, rating: (1 + Math.floor(rand() * 4)) as Rating, durationMs: 500 }, new Date(t), studySettings);
			else if (act < 0.7) await suspendCards(db, [id]);
			else if (act < 0.8) await resetCards(db, [id], new Date(t));
			else if (act < 0.85) await deleteCards(db, [id]);
			else await expectInStep(db);
		}
		await expectInStep(db);
	});
});
