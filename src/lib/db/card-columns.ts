import type { CardPhase } from '$lib/srs';
import type { StatsCard } from '$lib/stats';
import type { FactdeckDatabase } from './database';
import type { CardQueue, CardRecord } from './records';

/**
 * What statistics read of a deck's cards, kept as one row of columns (table `cardColumns`):
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
}

/** A card named by a write since the columns were last brought up to date. */
export interface ChangedCard {
	id: string;
}

const QUEUES: readonly CardQueue[] = ['new', 'learning', 'review', 'retired', 'suspended', 'buried'];
const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];

/** The columns of a deck's cards. */
export function toColumns(bankId: string, cards: readonly (Pick<CardRecord, 'id' | 'queue'> & { srs: StatsCard['srs'] })[]): DeckColumns {
	const n = cards.length;
	const out: DeckColumns = {
		bankId,
		ids: cards.map((c) => c.id),
		queue: new Uint8Array(n),
		phase: new Uint8Array(n),
		due: new Float64Array(n),
		stability: new Float64Array(n),
		difficulty: new Float64Array(n),
		scheduledDays: new Float64Array(n),
		lastReview: new Float64Array(n)
	};
	cards.forEach((card, i) => setSlot(out, i, card));
	return out;
}

/** The cards the columns hold, as statistics see them. */
export function fromColumns(columns: DeckColumns): StatsCard[] {
	return columns.ids.map((_, i) => {
		const lastReview = columns.lastReview[i];
		return {
			queue: QUEUES[columns.queue[i]],
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

/** Writes one card into slot `i` of the columns. */
function setSlot(out: DeckColumns, i: number, { queue, srs }: { queue: CardQueue; srs: StatsCard['srs'] }): void {
	out.queue[i] = QUEUES.indexOf(queue);
	out.phase[i] = PHASES.indexOf(srs.phase);
	out.due[i] = srs.due;
	out.stability[i] = srs.stability;
	out.difficulty[i] = srs.difficulty;
	out.scheduledDays[i] = srs.scheduledDays;
	out.lastReview[i] = srs.lastReview ?? Number.NaN;
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
		lastReview: c.lastReview.slice()
	};
}

/**
 * The columns with the changed cards as they are now (`read`: each changed card, undefined when
 * deleted), or null when none of them is of this deck. A card changed in place is written in
 * its slot; when cards come or go the columns are laid out again.
 */
function patched(columns: DeckColumns, read: ReadonlyMap<string, CardRecord | undefined>): DeckColumns | null {
	const slots = new Map(columns.ids.map((id, i) => [id, i]));
	let next = columns;
	const gone = new Set<number>();
	const added: CardRecord[] = [];
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
		else setSlot(next, i, card);
	}
	if (!copied) return null;
	if (gone.size === 0 && added.length === 0) return next;
	const kept = fromColumns(next)
		.map((card, i) => ({ ...card, id: columns.ids[i] }))
		.filter((_, i) => !gone.has(i));
	return toColumns(columns.bankId, [...kept, ...added]);
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
			const cards = await db.cards.bulkGet(changed);
			const read = new Map(changed.map((id, i) => [id, cards[i]]));
			// Every stored row may hold a changed card (moved or deleted), not only those asked for.
			const all = bankId === null ? stored : await db.cardColumns.toArray();
			for (const row of all) {
				const next = patched(row, read);
				if (!next) continue;
				touched.push(next);
				if (rows.has(row.bankId)) rows.set(row.bankId, next);
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
