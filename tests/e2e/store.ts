// What the app stored, read straight from IndexedDB in the page, and the rules every card and
// its review rows must keep whatever happened to the tab.
import type { Page } from '@playwright/test';

interface StoredCard {
	id: string;
	queue: string;
	due: number;
	srs: { due: number; reps: number; phase: string; lastReview: number | null };
}

interface StoredReview {
	id: number;
	cardId: string;
	reviewedAt: number;
	cardBefore: { reps: number; lastReview: number | null };
}

export interface Store {
	cards: StoredCard[];
	reviews: StoredReview[];
}

/** Every row of the named tables (all of them when none are named), read in one transaction. */
export function readTables(page: Page, names?: string[]): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		(wanted) =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tables = wanted ?? [...db.objectStoreNames];
					const tx = db.transaction(tables);
					const requests = tables.map((name) => tx.objectStore(name).getAll());
					tx.oncomplete = () => {
						resolve(Object.fromEntries(tables.map((name, i) => [name, requests[i].result])));
						db.close();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		names
	);
}

export async function readStore(page: Page): Promise<Store> {
	const { cards, reviews } = await readTables(page, ['cards', 'reviews']);
	return { cards: cards as StoredCard[], reviews: reviews as StoredReview[] };
}

const QUEUE_OF_PHASE: Record<string, string> = { new: 'new', learning: 'learning', relearning: 'learning', review: 'review' };

const OUT_OF_STUDY = new Set(['retired', 'suspended', 'buried']);

/**
 * Every way a card could be in an impossible state: its queue or indexed due out of step with
 * its scheduling state, or its answers not a chain (each answer starting from the state the one
 * before left, the card's state the last one's, one repetition per answer). Empty when all hold.
 */
export function impossibleStates(store: Store): string[] {
	const problems: string[] = [];
	const rowsOf = new Map<string, StoredReview[]>();
	for (const row of [...store.reviews].sort((a, b) => a.id - b.id)) rowsOf.set(row.cardId, [...(rowsOf.get(row.cardId) ?? []), row]);
	for (const card of store.cards) {
		// Retired, suspended and buried cards wait outside study whatever their phase.
		if (!OUT_OF_STUDY.has(card.queue) && card.queue !== QUEUE_OF_PHASE[card.srs.phase])
			problems.push(`${card.id}: queue ${card.queue} but phase ${card.srs.phase}`);
		if (card.due !== card.srs.due) problems.push(`${card.id}: indexed due ${card.due} is not its state's ${card.srs.due}`);
		const rows = rowsOf.get(card.id) ?? [];
		if (card.srs.reps !== rows.length) problems.push(`${card.id}: ${card.srs.reps} repetitions but ${rows.length} review rows`);
		if (card.srs.lastReview !== (rows.at(-1)?.reviewedAt ?? null)) problems.push(`${card.id}: last review ${card.srs.lastReview} is not its last row's`);
		rows.forEach((row, k) => {
			const before = k === 0 ? { reps: 0, lastReview: null } : { reps: k, lastReview: rows[k - 1].reviewedAt };
			if (row.cardBefore.reps !== before.reps || row.cardBefore.lastReview !== before.lastReview)
				problems.push(`${card.id}: answer ${k + 1} does not follow answer ${k}`);
		});
	}
	return problems;
}
