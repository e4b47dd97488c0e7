import { COLUMN_QUEUES } from '$lib/browse/list';
import type { CardPhase } from '$lib/srs';
import type { StatsCard } from '$lib/stats';
import type { FactdeckDatabase } from './database';
import type { CardRecord } from './records';

/**
 * What statistics and Browse read of a deck's cards, kept as one row of columns (table `cardColumns`):
 * reading one row of typed arrays costs a copy of memory, where reading 50,000 card records
 * costs 50,000 objects taken apart. Card writes name the cards they change in `changedCards`
 * (card-columns-guard.ts), and a read brings the columns up to date with those cards only; a
 * deck with no row is read whole from its cards.
 */
export interface DeckColumns {
	bankId: string;
	ids: string[];
	queue: Uint8Array;
	phase: Uint8Array;
	due: Float64Array;
	stability: Float64Array;
	difficulty: Float64Array;
	scheduledDays: Float64Array;
	/** NaN for a card never answered. */
	lastReview: Float64Array;
	lapses: Uint32Array;
	addedAt: Float64Array;
	/** The tags of the deck's cards, each once; slot i's tags are indexes into it, */
	tagNames: string[];
	/** at `tagList[tagStart[i]]` up to `tagList[tagStart[i + 1]]`. */
	tagStart: Uint32Array;
	tagList: Uint32Array;
}

/** What the columns hold of a card. */
export type ColumnCard = Pick<CardRecord, 'id' | 'queue' | 'addedAt'> & { tags: readonly string[]; srs: StatsCard['srs'] & { lapses: number } };

/** A card named by a write since the columns were last brought up to date. */
export interface ChangedCard {
	id: string;
}

const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];

/** The columns of a deck's cards, in the order of their ids (Browse relies on it). */
export function toColumns(bankId: string, unordered: readonly ColumnCard[]): DeckColumns {
	const cards = [...unordered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const n = cards.length;
	const tagNames = [...new Set(cards.flatMap((c) => c.tags))];
	const tagIndex = new Map(tagNames.map((t, i) => [t, i]));
	const tagStart = new Uint32Array(n + 1);
	cards.forEach((c, i) => (tagStart[i + 1] = tagStart[i] + c.tags.length));
	const out: DeckColumns = {
		bankId,
		ids: cards.map((c) => c.id),
		queue: new Uint8Array(n),
		phase: new Uint8Array(n),
		due: new Float64Array(n),
		stability: new Float64Array(n),
		difficulty: new Float64Array(n),
		scheduledDays: new Float64Array(n),
		lastReview: new Float64Array(n),
		lapses: new Uint32Array(n),
		addedAt: new Float64Array(n),
		tagNames,
		tagStart,
		tagList: Uint32Array.from(cards.flatMap((c) => c.tags.map((t) => tagIndex.get(t) ?? 0)))
	};
	cards.forEach((card, i) => setSlot(out, i, card));
	return out;
}

/** The tags of slot `i`. */
function tagsAt(columns: DeckColumns, i: number): string[] {
	return Array.from(columns.tagList.subarray(columns.tagStart[i], columns.tagStart[i + 1]), (t) => columns.tagNames[t]);
}

/** The cards the columns hold, whole as the columns know them (to lay them out again). */
function cardsOf(columns: DeckColumns): ColumnCard[] {
	return fromColumns(columns).map((card, i) => ({
		...card,
		id: columns.ids[i],
		addedAt: columns.addedAt[i],
		tags: tagsAt(columns, i),
		srs: { ...card.srs, lapses: columns.lapses[i] }
	}));
}

/** The cards the columns hold, as statistics see them. */
export function fromColumns(columns: DeckColumns): StatsCard[] {
	return columns.ids.map((_, i) => {
		const lastReview = columns.lastReview[i];
		return {
			queue: COLUMN_QUEUES[columns.queue[i]],
			srs: {
				phase: PHASES[columns.phase[i]],
				due: columns.due[i],
				stability: columns.stability[i],
				difficulty: columns.difficulty[i],
				scheduledDays: columns.scheduledDays[i],
				lastReview: Number.isNaN(lastReview) ? null : lastReview
			}
		};
	});
}

/** Writes one card into slot `i` of the columns, but for its tags (laid out by toColumns). */
function setSlot(out: DeckColumns, i: number, { queue, srs, addedAt }: ColumnCard): void {
	out.queue[i] = COLUMN_QUEUES.indexOf(queue);
	out.phase[i] = PHASES.indexOf(srs.phase);
	out.due[i] = srs.due;
	out.stability[i] = srs.stability;
	out.difficulty[i] = srs.difficulty;
	out.scheduledDays[i] = srs.scheduledDays;
	out.lastReview[i] = srs.lastReview ?? Number.NaN;
	out.lapses[i] = srs.lapses;
	out.addedAt[i] = addedAt;
}

function copyOf(c: DeckColumns): DeckColumns {
	return {
		bankId: c.bankId,
		ids: c.ids,
		queue: c.queue.slice(),
		phase: c.phase.slice(),
		due: c.due.slice(),
		stability: c.stability.slice(),
		difficulty: c.difficulty.slice(),
		scheduledDays: c.scheduledDays.slice(),
		lastReview: c.lastReview.slice(),
		lapses: c.lapses.slice(),
		addedAt: c.addedAt.slice(),
		tagNames: c.tagNames,
		tagStart: c.tagStart,
		tagList: c.tagList
	};
}

/**
 * The columns with the changed cards as they are now (`read`: each changed card, undefined when
 * deleted), or null when none of them is of this deck. A card changed in place is written in
 * its slot; when cards come or go, or a card's tags change, the columns are laid out again.
 */
function patched(columns: DeckColumns, read: ReadonlyMap<string, CardRecord | undefined>): DeckColumns | null {
	const slots = new Map(columns.ids.map((id, i) => [id, i]));
	let next = columns;
	const gone = new Set<number>();
	const added: CardRecord[] = [];
	const retagged = new Map<number, CardRecord>();
	let copied = false;
	for (const [id, card] of read) {
		const i = slots.get(id);
		const mine = card !== undefined && card.bankId === columns.bankId;
		if (i === undefined && !mine) continue;
		if (!copied) {
			next = copyOf(columns);
			copied = true;
		}
		if (i === undefined) added.push(card as CardRecord);
		else if (!mine) gone.add(i);
		else if (sameTags(tagsAt(columns, i), card.tags)) setSlot(next, i, card);
		else retagged.set(i, card);
	}
	if (!copied) return null;
	if (gone.size === 0 && added.length === 0 && retagged.size === 0) return next;
	const kept = cardsOf(next).flatMap((card, i) => (gone.has(i) ? [] : [retagged.get(i) ?? card]));
	return toColumns(columns.bankId, [...kept, ...added]);
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * Brings the columns up to date with the cards changed since, in one transaction: the changed
 * cards are read by id and each deck row they touch is rewritten; a deck without a row is read
 * whole. Returns the rows of the deck (or of every deck, `bankId` null).
 */
export async function readCardColumns(db: FactdeckDatabase, bankId: string | null): Promise<DeckColumns[]> {
	return db.transaction('rw', [db.banks, db.cards, db.cardColumns, db.changedCards], async () => {
		const [changed, stored, banks] = await Promise.all([
			db.changedCards.toCollection().primaryKeys(),
			bankId === null ? db.cardColumns.toArray() : db.cardColumns.where('bankId').equals(bankId).toArray(),
			bankId === null ? db.banks.toCollection().primaryKeys() : Promise.resolve([bankId])
		]);
		const rows = new Map(stored.map((row) => [row.bankId, row]));
		const touched: DeckColumns[] = [];
		if (changed.length > 0) {
			// Every stored row may hold a changed card (moved or deleted), not only those asked for.
			const all = bankId === null ? stored : await db.cardColumns.toArray();
			// With no row stored (the first visit to Statistics) there is nothing to patch: the
			// changed cards read by id here would be read again with their decks below.
			if (all.length > 0) {
				const cards = await db.cards.bulkGet(changed);
				const read = new Map(changed.map((id, i) => [id, cards[i]]));
				for (const row of all) {
					const next = patched(row, read);
					if (!next) continue;
					touched.push(next);
					if (rows.has(row.bankId)) rows.set(row.bankId, next);
				}
			}
			// A changed card of a deck with no row: the deck is read whole below.
			await db.changedCards.clear();
		}
		for (const id of banks) {
			if (rows.has(id)) continue;
			const built = toColumns(id, await db.cards.where('bankId').equals(id).toArray());
			rows.set(id, built);
			touched.push(built);
		}
		if (touched.length > 0) await db.cardColumns.bulkPut(touched);
		return [...rows.values()];
	});
}
