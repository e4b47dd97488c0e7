import { describe, expect, it } from 'vitest';
import { forgetAnswer, journalAnswer, journalKeys, type JournalEntry, type JournalStore } from './answer-journal';
import { replayAnswers } from './answer-replay';
import type { FactdeckDatabase } from './database';
import { openSession } from './sessions';
import { recordShown } from './shown-answer';
import { cardAfter } from './study';
import { deckDatabases, minutesLater, studyNow, studySettings as settings } from './test-fixtures';

const seeded = deckDatabases();

/** localStorage as the journal uses it, in memory. */
function memoryStore(): JournalStore & { entries: Map<string, string> } {
	const entries = new Map<string, string>();
	return {
		entries,
		get length() {
			return entries.size;
		},
		key: (i: number) => [...entries.keys()][i] ?? null,
		getItem: (key: string) => entries.get(key) ?? null,
		setItem: (key: string, value: string) => void entries.set(key, value),
		removeItem: (key: string) => void entries.delete(key)
	};
}

/** The journal entry of a Good on card `id` as shown now, given at `at`. */
async function entryFor(db: FactdeckDatabase, id: string, at: Date): Promise<JournalEntry> {
	const card = await db.cards.get(id);
	if (!card) throw new Error(`no card ${id}`);
	const session = await openSession(db, 'deck', at, settings);
	return { session, input: { cardId: id, rating: 3, durationMs: 700, shownLastReview: card.srs.lastReview }, at: at.getTime(), settings };
}

describe('answers journaled by a tab that died before their writes landed', () => {
	it('are recorded at the next start as they were given, in order, and forgotten', async () => {
		const db = await seeded(['a', 'b']);
		const store = memoryStore();
		const shownA = await db.cards.get('deck/a');
		journalAnswer(store, db.name, await entryFor(db, 'deck/a', studyNow));
		journalAnswer(store, db.name, await entryFor(db, 'deck/b', minutesLater(1)));
		expect(await replayAnswers(db, store)).toEqual({ recorded: 2, dropped: 0 });
		const rows = await db.reviews.orderBy('id').toArray();
		expect(rows.map((r) => [r.cardId, r.rating, r.reviewedAt, r.durationMs])).toEqual([
			['deck/a', 3, studyNow.getTime(), 700],
			['deck/b', 3, minutesLater(1).getTime(), 700]
		]);
		expect(await db.cards.get('deck/a')).toEqual(shownA && cardAfter(shownA, 3, studyNow, settings));
		expect((await db.sessions.get('deck'))?.tally.items).toBe(2);
		expect(journalKeys(store, db.name)).toEqual([]);
	});

	it('never count an answer twice: one whose write did land is only forgotten', async () => {
		const db = await seeded(['a']);
		const store = memoryStore();
		const entry = await entryFor(db, 'deck/a', studyNow);
		journalAnswer(store, db.name, entry);
		const shown = await db.cards.get('deck/a');
		if (!shown) throw new Error('no card');
		// The write landed, and the tab died before it could forget the entry.
		await recordShown(db, entry.session, shown, { rating: 3, durationMs: 700 }, studyNow, settings);
		expect(await replayAnswers(db, store)).toEqual({ recorded: 0, dropped: 0 });
		expect(await db.reviews.count()).toBe(1);
		expect(store.entries.size).toBe(0);
	});

	it('set aside an entry that is damaged or whose card was deleted, and keep the others', async () => {
		const db = await seeded(['a', 'b']);
		const store = memoryStore();
		const gone = await entryFor(db, 'deck/b', studyNow);
		await db.cards.delete('deck/b');
		journalAnswer(store, db.name, gone);
		store.setItem(`factdeck:${db.name}:answer:5:deck/a`, '{"session": 1');
		journalAnswer(store, db.name, await entryFor(db, 'deck/a', minutesLater(2)));
		expect(await replayAnswers(db, store)).toEqual({ recorded: 1, dropped: 2 });
		expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual(['deck/a']);
		expect(store.entries.size).toBe(0);
	});

	it('belong to one database: another database name neither sees nor replays them', async () => {
		const db = await seeded(['a']);
		const store = memoryStore();
		const key = journalAnswer(store, 'another-db', await entryFor(db, 'deck/a', studyNow));
		expect(await replayAnswers(db, store)).toEqual({ recorded: 0, dropped: 0 });
		expect(journalKeys(store, 'another-db')).toEqual([key]);
		forgetAnswer(store, key);
		expect(store.entries.size).toBe(0);
	});

	it('are simply not kept where the store refuses them (full, or denied)', async () => {
		const db = await seeded(['a']);
		const full: JournalStore = {
			...memoryStore(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(journalAnswer(full, db.name, await entryFor(db, 'deck/a', studyNow))).toBeNull();
		expect(journalAnswer(null, db.name, await entryFor(db, 'deck/a', studyNow))).toBeNull();
	});
});
