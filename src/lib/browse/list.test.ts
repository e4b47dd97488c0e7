import { describe, expect, it } from 'vitest';
import { COLUMN_QUEUES, listIds, tagsOf, type BrowseColumns, type ColumnQueue } from './list';
import { DEFAULT_QUERY, type BrowseQuery } from './query';

interface Slot {
	id: string;
	queue?: ColumnQueue;
	due?: number;
	difficulty?: number;
	lapses?: number;
	addedAt?: number;
	tags?: string[];
}

/** A deck's columns from its cards, laid out as the database module lays them out (ids ascending). */
function deck(bankId: string, slots: Slot[]): BrowseColumns {
	const sorted = [...slots].sort((a, b) => (a.id < b.id ? -1 : 1));
	const tagNames = [...new Set(sorted.flatMap((s) => s.tags ?? []))];
	const tagStart = [0];
	for (const s of sorted) tagStart.push(tagStart[tagStart.length - 1] + (s.tags ?? []).length);
	return {
		bankId,
		ids: sorted.map((s) => `${bankId}/${s.id}`),
		queue: sorted.map((s) => COLUMN_QUEUES.indexOf(s.queue ?? 'new')),
		due: sorted.map((s) => s.due ?? 0),
		difficulty: sorted.map((s) => s.difficulty ?? 0),
		lapses: sorted.map((s) => s.lapses ?? 0),
		addedAt: sorted.map((s) => s.addedAt ?? 0),
		tagNames,
		tagStart,
		tagList: sorted.flatMap((s) => (s.tags ?? []).map((t) => tagNames.indexOf(t)))
	};
}

const DAY = 86_400_000;
const list = (decks: BrowseColumns[], query: Partial<BrowseQuery>, sets?: Set<string>[]) =>
	listIds(decks, { ...DEFAULT_QUERY, ...query }, 10 * DAY, 11 * DAY, sets);

describe('listIds', () => {
	it('breaks ties of the sort key by card id, across decks whose ids share a beginning, and reverses the whole list when descending', () => {
		// "a-b/…" sorts before "a/…" as strings ("-" < "/"), though the deck id "a" sorts before "a-b".
		const decks = [deck('a', [{ id: 'y' }, { id: 'x' }]), deck('a-b', [{ id: 'z' }])];
		expect(list(decks, { sort: 'lapses' })).toEqual(['a-b/z', 'a/x', 'a/y']);
		expect(list(decks, { sort: 'lapses', descending: true })).toEqual(['a/y', 'a/x', 'a-b/z']);
	});

	it('sorts by due, difficulty, lapses and added time, infinite keys included', () => {
		const decks = [
			deck('d', [
				{ id: 'p', due: 5, difficulty: 9, lapses: 1, addedAt: 3 },
				{ id: 'q', due: Infinity, difficulty: 2, lapses: 7, addedAt: 1 },
				{ id: 'r', due: 1, difficulty: 4, lapses: 0, addedAt: 2 },
				{ id: 's', due: Infinity, difficulty: 4, lapses: 7, addedAt: 4 }
			])
		];
		expect(list(decks, { sort: 'due' })).toEqual(['d/r', 'd/p', 'd/q', 'd/s']);
		expect(list(decks, { sort: 'difficulty' })).toEqual(['d/q', 'd/r', 'd/s', 'd/p']);
		expect(list(decks, { sort: 'lapses', descending: true })).toEqual(['d/s', 'd/q', 'd/p', 'd/r']);
		expect(list(decks, { sort: 'added' })).toEqual(['d/q', 'd/r', 'd/p', 'd/s']);
	});

	it('never lists retired cards, and filters by deck, state, tag, leech and due time', () => {
		const decks = [
			deck('one', [
				{ id: 'new', tags: ['geo'] },
				{ id: 'gone', queue: 'retired', tags: ['geo'] },
				{ id: 'soon', queue: 'learning', due: 10 * DAY + 5, tags: ['leech', 'geo'] },
				{ id: 'late', queue: 'review', due: 3 * DAY },
				{ id: 'later', queue: 'review', due: 12 * DAY },
				{ id: 'held', queue: 'suspended', due: 1, tags: ['leech'] }
			]),
			deck('two', [{ id: 'hid', queue: 'buried', due: 1, tags: ['other'] }])
		];
		expect(list(decks, {}).sort()).toEqual(['one/held', 'one/late', 'one/later', 'one/new', 'one/soon', 'two/hid']);
		expect(list(decks, { bankId: 'two' })).toEqual(['two/hid']);
		expect(list(decks, { state: 'suspended' })).toEqual(['one/held']);
		expect(list(decks, { state: 'buried' })).toEqual(['two/hid']);
		expect(list(decks, { state: 'leech', sort: 'added' })).toEqual(['one/held', 'one/soon']);
		expect(list(decks, { tag: 'geo', sort: 'added' })).toEqual(['one/new', 'one/soon']);
		expect(list(decks, { tag: 'geo', state: 'leech' })).toEqual(['one/soon']);
		expect(list(decks, { tag: 'nowhere' })).toEqual([]);
		expect(list(decks, { due: { kind: 'overdue' } })).toEqual(['one/late']);
		expect(list(decks, { due: { kind: 'today' } })).toEqual(['one/late', 'one/soon']);
		expect(list(decks, { due: { kind: 'within', days: 2 } })).toEqual(['one/late', 'one/soon', 'one/later']);
	});

	it('lists only what every further set lets through', () => {
		const decks = [deck('d', [{ id: 'a' }, { id: 'b' }, { id: 'c' }])];
		expect(list(decks, {}, [new Set(['d/a', 'd/c']), new Set(['d/c', 'd/b'])])).toEqual(['d/c']);
	});
});

describe('tagsOf', () => {
	it('gives every tag of every deck once, sorted', () => {
		expect(tagsOf([deck('a', [{ id: 'x', tags: ['b', 'a'] }]), deck('b', [{ id: 'y', tags: ['a', 'c'] }])])).toEqual(['a', 'b', 'c']);
	});
});
