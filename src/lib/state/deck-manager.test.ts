import { describe, expect, it, vi } from 'vitest';
import { deleteDeck, hiddenDeckIds, saveBank } from '$lib/db';
import { bankOf, card, snapshot, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { DeckManager } from './deck-manager.svelte';
import { DeckUndo, deckUndo } from './deck-undo.svelte';

const fresh = testDatabases();

async function withDeck(builtIn = false) {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b')], 'mine'), { builtIn }, studyNow);
	const manager = await DeckManager.open(db, 'mine', () => studyNow);
	if (!manager) throw new Error('deck not opened');
	return { db, manager };
}

describe("a deck's screen", () => {
	it('is null for a deck that is not stored', async () => {
		expect(await DeckManager.open(fresh(), 'gone')).toBeNull();
	});

	it('renames the deck, and names an empty name as the problem without saving', async () => {
		const { db, manager } = await withDeck();
		expect(await manager.rename('   ')).toBe(false);
		expect(manager.renameProblem).toBe('The name is empty: type a name for the deck.');
		expect(await manager.rename('Winter drones')).toBe(true);
		expect(manager.bank.title).toBe('Winter drones');
		expect((await db.banks.get('mine'))?.title).toBe('Winter drones');
	});

	it('hides the deck and shows it again', async () => {
		const { db, manager } = await withDeck(true);
		await manager.setHidden(true);
		expect(manager.hidden).toBe(true);
		expect(await hiddenDeckIds(db)).toEqual(new Set(['mine']));
		await manager.setHidden(false);
		expect(manager.hidden).toBe(false);
	});

	it('deletes the deck and offers an Undo that brings it back whole', async () => {
		const { db, manager } = await withDeck();
		const before = await snapshot(db);
		expect(await manager.delete()).toBe(true);
		expect(deckUndo.title).toBe('Deck mine');
		expect(deckUndo.counts).toEqual({ cards: 2, reviews: 0 });
		expect(await db.banks.get('mine')).toBeUndefined();
		const done = vi.fn();
		await deckUndo.undo(done);
		expect(done).toHaveBeenCalledOnce();
		expect(deckUndo.title).toBeNull();
		expect(deckUndo.restored).toBe('Deck mine');
		expect(await snapshot(db)).toBe(before);
	});

	it('says a built-in deck cannot be deleted', async () => {
		const { manager } = await withDeck(true);
		expect(await manager.delete()).toBe(false);
		expect(manager.notice).toEqual({ kind: 'failed', text: 'The deck was not deleted: “Deck mine” is built in: it can be hidden, not deleted.' });
	});
});

describe('Undo of a delete', () => {
	it('is offered for a few seconds only; after that the deck stays deleted', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')], 'mine'), { builtIn: false }, studyNow);
		const deleted = await deleteDeck(db, 'mine');
		const undo = new DeckUndo(5000);
		// Only the offer's timer is faked: the database needs the real ones.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			undo.offer(db, deleted);
			vi.advanceTimersByTime(4999);
			expect(undo.title).toBe('Deck mine');
			vi.advanceTimersByTime(1);
			expect(undo.title).toBeNull();
		} finally {
			vi.useRealTimers();
		}
		await undo.undo();
		expect(await db.banks.get('mine')).toBeUndefined();
	});
});
