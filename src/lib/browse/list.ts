import { LEECH_TAG } from './leech';
import { dueSpan, type BrowseQuery, type SortKey } from './query';

/**
 * Browse's list computed in memory from each deck's cards kept as columns (typed arrays, one
 * slot a card): filtering and sorting 50,000 slots takes milliseconds, where reading 50,000 ids
 * through an index and intersecting sets of them took most of a second.
 */

/** The queues in the order the columns encode them (the slot holds the index). */
export const COLUMN_QUEUES = ['new', 'learning', 'review', 'retired', 'suspended', 'buried'] as const;
export type ColumnQueue = (typeof COLUMN_QUEUES)[number];

const RETIRED = COLUMN_QUEUES.indexOf('retired');
const LEARNING = COLUMN_QUEUES.indexOf('learning');
const REVIEW = COLUMN_QUEUES.indexOf('review');

/** What Browse reads of a deck's columns. `ids` ascend (as strings compare), slot by slot. */
export interface BrowseColumns {
	bankId: string;
	ids: readonly string[];
	queue: ArrayLike<number>;
	due: ArrayLike<number>;
	difficulty: ArrayLike<number>;
	lapses: ArrayLike<number>;
	addedAt: ArrayLike<number>;
	/** The tags of the deck's cards, each once; a card's tags are indexes into it. */
	tagNames: readonly string[];
	/** Slot i's tags are `tagList[tagStart[i]]` up to `tagList[tagStart[i + 1]]`. */
	tagStart: ArrayLike<number>;
	tagList: ArrayLike<number>;
}

function sortColumn(deck: BrowseColumns, sort: SortKey): ArrayLike<number> {
	if (sort === 'due') return deck.due;
	if (sort === 'difficulty') return deck.difficulty;
	if (sort === 'lapses') return deck.lapses;
	return deck.addedAt;
}

function hasTag(deck: BrowseColumns, slot: number, tag: number): boolean {
	for (let k = deck.tagStart[slot]; k < deck.tagStart[slot + 1]; k++) if (deck.tagList[k] === tag) return true;
	return false;
}

/** A test of one slot of a deck for the query's filters held in the columns. */
function slotTest(deck: BrowseColumns, query: BrowseQuery, todayStart: number, todayEnd: number): ((slot: number) => boolean) | null {
	const tags = [query.tag, query.state === 'leech' ? LEECH_TAG : null].flatMap((t) => (t === null ? [] : [deck.tagNames.indexOf(t)]));
	// A tag no card of the deck has: nothing of the deck is listed.
	if (tags.includes(-1)) return null;
	const queue = query.state === null || query.state === 'leech' ? -1 : COLUMN_QUEUES.indexOf(query.state);
	const to = dueSpan(query.due, todayStart, todayEnd)?.to ?? null;
	return (slot) => {
		const q = deck.queue[slot];
		if (q === RETIRED || (queue !== -1 && q !== queue)) return false;
		if (to !== null && ((q !== LEARNING && q !== REVIEW) || deck.due[slot] >= to)) return false;
		return tags.every((t) => hasTag(deck, slot, t));
	};
}

/**
 * The ids of the cards `query` lists, in its order: by the sort key, ties by card id (as an
 * index of the key would list them), reversed whole for a descending sort. Retired cards are
 * never listed. `sets` are further filters read elsewhere (question type, text), each the ids
 * it lets through. `todayStart` and `todayEnd` bound the current study day, epoch ms.
 */
export function listIds(
	decks: readonly BrowseColumns[],
	query: BrowseQuery,
	todayStart: number,
	todayEnd: number,
	sets: readonly ReadonlySet<string>[] = []
): string[] {
	// Every id of a deck starts with "bankId/", so the decks in that order keep the ids ascending.
	const ordered = decks.filter((d) => query.bankId === null || d.bankId === query.bankId).sort((a, b) => (`${a.bankId}/` < `${b.bankId}/` ? -1 : 1));
	const total = ordered.reduce((n, d) => n + d.ids.length, 0);
	const key = new Float64Array(total);
	const picked = new Uint32Array(total);
	const idOf: string[] = new Array<string>(total);
	let count = 0;
	let offset = 0;
	for (const deck of ordered) {
		const test = slotTest(deck, query, todayStart, todayEnd);
		const column = sortColumn(deck, query.sort);
		for (let slot = 0; test && slot < deck.ids.length; slot++) {
			if (!test(slot)) continue;
			const id = deck.ids[slot];
			if (!sets.every((set) => set.has(id))) continue;
			const rank = offset + slot;
			key[rank] = column[slot];
			idOf[rank] = id;
			picked[count++] = rank;
		}
		offset += deck.ids.length;
	}
	// Ranks follow the ids, so a tie of keys falls back to id order. A NaN difference (two
	// infinite keys) is falsy and falls back the same way.
	const order = picked.subarray(0, count).sort((a, b) => key[a] - key[b] || a - b);
	const ids = Array.from(order, (rank) => idOf[rank]);
	return query.descending ? ids.reverse() : ids;
}

/** Every tag any card of the decks has, sorted. */
export function tagsOf(decks: readonly BrowseColumns[]): string[] {
	return [...new Set(decks.flatMap((d) => d.tagNames))].sort((a, b) => a.localeCompare(b));
}
