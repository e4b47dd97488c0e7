import { describe, expect, it } from 'vitest';
import { saveBank } from './banks';
import { deckCounts } from './counts';
import { settingsSchema } from '$lib/assign';
import type { AssignmentRecord } from './assignment-records';
import { assignmentsUsing, deleteDeck, restoreDeck } from './deck-delete';
import { hiddenDeckIds, setDeckHidden } from './deck-hidden';
import { deckKey } from './deck-keys';
import { checkTitle, deckSize, renameDeck } from './deck-manage';
import { resetDeck } from './deck-reset';
import { putDeckOptions } from './deck-options';
import { recordInSession, openSession } from './sessions';
import { nextItem } from './study';
import { bankOf, card, snapshot, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();

/** A database holding the learner's deck "mine" (three cards, two answered) and the built-in "shipped". */
async function twoDecks() {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b'), card('c')], 'mine'), { builtIn: false }, studyNow);
	await saveBank(db, bankOf([card('x')], 'shipped'), { builtIn: true }, studyNow);
	let session = await openSession(db, 'mine', studyNow, studySettings);
	for (let i = 0; i < 2; i++) {
		const item = await nextItem(db, 'mine', studyNow, studySettings);
		if (!item) throw new Error('no card');
		({ session } = await recordInSession(db, session, { cardId: item.card.id, rating: 3, durationMs: 1 }, studyNow, studySettings));
	}
	await putDeckOptions(db, 'mine', { newPerDay: 7 });
	return db;
}

describe('deleting a deck', () => {
	it('removes its rows, its study session and its own settings, and says what it removed', async () => {
		const db = await twoDecks();
		expect(await deckSize(db, 'mine')).toEqual({ cards: 3, reviews: 2 });
		const deleted = await deleteDeck(db, 'mine');
		expect([deleted.questions.length, deleted.cards.length, deleted.reviews.length, deleted.settings.length]).toEqual([3, 3, 2, 1]);
		expect(deleted.session).toBeDefined();
		expect(await db.banks.get('mine')).toBeUndefined();
		expect(await db.cards.where('bankId').equals('mine').count()).toBe(0);
		expect(await db.reviews.count()).toBe(0);
		expect(await db.sessions.get('mine')).toBeUndefined();
		expect(await db.settings.get(deckKey.options('mine'))).toBeUndefined();
		expect(await db.cards.where('bankId').equals('shipped').count()).toBe(1);
	});

	it('is undone whole: the database is as it was before, review log included', async () => {
		const db = await twoDecks();
		const before = await snapshot(db);
		await restoreDeck(db, await deleteDeck(db, 'mine'));
		expect(await snapshot(db)).toBe(before);
	});

	it('is not undone over a deck of the same id stored since, which stays as it is', async () => {
		const db = await twoDecks();
		const deleted = await deleteDeck(db, 'mine');
		await saveBank(db, bankOf([card('new')], 'mine'), { builtIn: false }, studyNow);
		await expect(restoreDeck(db, deleted)).rejects.toThrow(/stored again/);
		expect(await db.cards.where('bankId').equals('mine').count()).toBe(1);
	});

	it('refuses a built-in deck, which can only be hidden', async () => {
		const db = await twoDecks();
		await expect(deleteDeck(db, 'shipped')).rejects.toThrow(/built in: it can be hidden/);
		expect(await db.banks.get('shipped')).toBeDefined();
	});
});

/** An assignment that picks one question of each deck named. */
function assignmentPicking(id: string, title: string, bankIds: string[]): AssignmentRecord {
	const settings = settingsSchema.parse({});
	const assignment = { id, title, instructions: '', teacherName: 'Ms Rivera', settings, questions: [] };
	return {
		id,
		title,
		instructions: '',
		teacherName: 'Ms Rivera',
		settings,
		picks: bankIds.map((bankId) => ({ bankId, questionId: 'a' })),
		published: { assignment, contentHash: 'hash0001', linkCode: 'x', fileCode: 'x' },
		createdAt: 1,
		updatedAt: 1
	};
}

describe('a deck an assignment picks from', () => {
	it('is named with the assignments that use it, and only those', async () => {
		const db = await twoDecks();
		await db.assignments.bulkPut([assignmentPicking('as1', 'Quiz one', ['mine']), assignmentPicking('as2', 'Quiz two', ['shipped'])]);
		expect(await assignmentsUsing(db, 'mine')).toEqual([{ id: 'as1', title: 'Quiz one' }]);
	});

	it('is not deleted: the refusal names the assignment, and the deck stays whole', async () => {
		const db = await twoDecks();
		await db.assignments.put(assignmentPicking('as1', 'Quiz one', ['mine']));
		const before = await snapshot(db);
		await expect(deleteDeck(db, 'mine')).rejects.toThrow(/assignment “Quiz one”.*Delete that assignment first, or hide the deck/);
		expect(await snapshot(db)).toBe(before);
	});

	it('can be deleted once the assignment is gone', async () => {
		const db = await twoDecks();
		await db.assignments.put(assignmentPicking('as1', 'Quiz one', ['mine']));
		await db.assignments.delete('as1');
		await deleteDeck(db, 'mine');
		expect(await db.banks.get('mine')).toBeUndefined();
	});
});

describe('hiding a deck', () => {
	it('marks it hidden and shown again, keeping its cards', async () => {
		const db = await twoDecks();
		await setDeckHidden(db, 'shipped', true);
		expect(await hiddenDeckIds(db)).toEqual(new Set(['shipped']));
		await setDeckHidden(db, 'shipped', false);
		expect(await hiddenDeckIds(db)).toEqual(new Set());
		expect(await db.cards.where('bankId').equals('shipped').count()).toBe(1);
	});
});

describe('renaming a deck', () => {
	it('stores the new name, trimmed to one line', async () => {
		const db = await twoDecks();
		await renameDeck(db, 'mine', '  Drones\n of  winter ', studyNow);
		expect((await db.banks.get('mine'))?.title).toBe('Drones of winter');
	});

	it('refuses an empty or overlong name in words', async () => {
		expect(checkTitle('   ')).toEqual({ ok: false, problem: 'The name is empty: type a name for the deck.' });
		expect(checkTitle('x'.repeat(201)).ok).toBe(false);
		const db = await twoDecks();
		await expect(renameDeck(db, 'mine', ' ', studyNow)).rejects.toThrow('The name is empty');
		expect((await db.banks.get('mine'))?.title).toBe('Deck mine');
	});

	it('renames a built-in deck, and the name stays when an update of the app syncs the deck again', async () => {
		const db = await twoDecks();
		await renameDeck(db, 'shipped', 'My drones', studyNow);
		// An update ships the bank with a question more and a title of its own.
		const updated = { ...bankOf([card('x'), card('y')], 'shipped'), title: 'Shipped, second edition' };
		const synced = await saveBank(db, updated, { builtIn: true }, studyNow);
		expect(synced.added).toBe(1);
		expect(await db.banks.get('shipped')).toMatchObject({ title: 'My drones', builtIn: true, questionCount: 2 });
	});

	it('leaves a deck never renamed to take the title its bank brings', async () => {
		const db = await twoDecks();
		await saveBank(db, { ...bankOf([card('x')], 'shipped'), title: 'Shipped, second edition' }, { builtIn: true }, studyNow);
		expect((await db.banks.get('shipped'))?.title).toBe('Shipped, second edition');
	});
});

describe('resetting a deck', () => {
	it('makes every card new again in bank order and keeps the review log', async () => {
		const db = await twoDecks();
		expect(await resetDeck(db, 'mine', studyNow)).toBe(3);
		const cards = await db.cards.where('bankId').equals('mine').sortBy('due');
		expect(cards.map((c) => [c.questionId, c.queue, c.srs.phase, c.srs.reps])).toEqual([
			['a', 'new', 'new', 0],
			['b', 'new', 'new', 0],
			['c', 'new', 'new', 0]
		]);
		expect(await db.reviews.count()).toBe(2);
		expect(await db.sessions.get('mine')).toBeUndefined();
		const counts = await deckCounts(db, 'mine', studyNow, { ...studySettings, newPerDay: 10 });
		expect(counts).toEqual({ learning: 0, review: 0, new: 3 });
	});
});
