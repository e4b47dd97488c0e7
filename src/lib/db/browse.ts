import { Dexie, type IndexableType } from 'dexie';
import type { Question } from '$lib/bank/schema';
import { LEECH_TAG } from '$lib/browse/leech';
import { dueSpan, type BrowseQuery, type SortKey } from '$lib/browse/query';
import { matchesWords, queryWords } from '$lib/browse/search';
import type { FactdeckDatabase } from './database';
import { cardId, type CardQueue, type CardRecord, type QuestionRecord } from './records';

/**
 * Browse's reads. A query gives the ids of the matching cards in order, read through indexes:
 * primary keys only, never the cards' content. The rows on screen are then read by id, a page
 * at a time, so scrolling 50,000 cards holds only what is shown. Only a text search reads the
 * questions, in pages by primary key, keeping nothing of them but the ids that match.
 */

const SORT_INDEX: Record<SortKey, string> = { due: 'due', difficulty: 'srs.difficulty', lapses: 'srs.lapses', added: 'addedAt' };
const TEXT_PAGE = 1000;

/** Ids of the cards of one deck in one queue, optionally with `due` below `to`. */
function queueIds(db: FactdeckDatabase, bankId: string, queue: CardQueue, to: number = Infinity): Promise<string[]> {
	const upper = to === Infinity ? Dexie.maxKey : to;
	return db.cards.where('[bankId+queue+due]').between([bankId, queue, Dexie.minKey], [bankId, queue, upper], true, false).primaryKeys();
}

async function inQueues(db: FactdeckDatabase, banks: string[], queues: CardQueue[], to?: number): Promise<Set<string>> {
	const lists = await Promise.all(banks.flatMap((b) => queues.map((q) => queueIds(db, b, q, to))));
	return new Set(lists.flat());
}

/** Cards whose question holds every word of `text`: questions read a page at a time. */
async function textMatches(db: FactdeckDatabase, text: string, bankId: string | null): Promise<Set<string>> {
	const words = queryWords(text);
	const found = new Set<string>();
	let after: [string, string] | null = null;
	for (;;) {
		// Question ids are non-empty and made of [a-z0-9._-], so "" and "\uffff" bound any of them.
		const lower: IndexableType = after ?? [bankId ?? '', ''];
		const upper: IndexableType = [bankId ?? '\uffff', '\uffff'];
		const page: QuestionRecord[] = await db.questions
			.where('[bankId+id]')
			.between(lower, upper, after === null, true)
			.limit(TEXT_PAGE)
			.toArray();
		for (const row of page) if (matchesWords(row.question, words)) found.add(cardId(row.bankId, row.id));
		if (page.length < TEXT_PAGE) return found;
		const last: QuestionRecord = page[page.length - 1];
		after = [last.bankId, last.id];
	}
}

/** The ids of the cards `query` selects, in its order; retired cards are never listed. */
export async function browseIds(db: FactdeckDatabase, query: BrowseQuery, todayStart: number, todayEnd: number): Promise<string[]> {
	const banks = query.bankId === null ? await db.banks.toCollection().primaryKeys() : [query.bankId];
	const filters: Promise<Set<string>>[] = [];
	if (query.bankId !== null)
		filters.push(
			db.cards
				.where('bankId')
				.equals(query.bankId)
				.primaryKeys()
				.then((ids) => new Set(ids))
		);
	if (query.tag !== null)
		filters.push(
			db.cards
				.where('tags')
				.equals(query.tag)
				.primaryKeys()
				.then((ids) => new Set(ids))
		);
	if (query.state === LEECH_TAG)
		filters.push(
			db.cards
				.where('tags')
				.equals(LEECH_TAG)
				.primaryKeys()
				.then((ids) => new Set(ids))
		);
	else if (query.state !== null) filters.push(inQueues(db, banks, [query.state]));
	const span = dueSpan(query.due, todayStart, todayEnd);
	if (span) filters.push(inQueues(db, banks, ['learning', 'review'], span.to));
	if (query.type !== null) {
		const keys = db.questions.where('question.type').equals(query.type).primaryKeys();
		filters.push(keys.then((list) => new Set(list.map(([bankId, id]) => cardId(bankId, id)))));
	}
	if (query.text.trim() !== '') filters.push(textMatches(db, query.text, query.bankId));
	const [ordered, retired, sets] = await Promise.all([
		db.cards.orderBy(SORT_INDEX[query.sort]).primaryKeys(),
		inQueues(db, banks, ['retired']),
		Promise.all(filters)
	]);
	// The smallest set first: most ids leave at the first test.
	sets.sort((a, b) => a.size - b.size);
	const ids = ordered.filter((id) => !retired.has(id) && sets.every((set) => set.has(id)));
	return query.descending ? ids.reverse() : ids;
}

/** One row of Browse: the card, its question, and the title of its deck. */
export interface BrowseRow {
	card: CardRecord;
	question: Question;
	deckTitle: string;
}

/** The rows of these card ids, in the same order; ids of cards deleted since are left out. */
export async function browseRows(db: FactdeckDatabase, ids: readonly string[]): Promise<BrowseRow[]> {
	return db.transaction('r', db.cards, db.questions, db.banks, async () => {
		const cards = (await db.cards.bulkGet([...ids])).filter((c): c is CardRecord => c !== undefined);
		const [questions, banks] = await Promise.all([
			db.questions.bulkGet(cards.map((c) => [c.bankId, c.questionId] as [string, string])),
			db.banks.bulkGet([...new Set(cards.map((c) => c.bankId))])
		]);
		const titles = new Map(banks.flatMap((b) => (b ? [[b.id, b.title] as const] : [])));
		return cards.flatMap((card, i) => {
			const row = questions[i];
			return row ? [{ card, question: row.question, deckTitle: titles.get(card.bankId) ?? card.bankId }] : [];
		});
	});
}

/** What the filters offer: the decks (id and title) and every tag in use, sorted. */
export async function browseChoices(db: FactdeckDatabase): Promise<{ decks: { id: string; title: string }[]; tags: string[] }> {
	const [banks, tags] = await Promise.all([db.banks.toArray(), db.cards.orderBy('tags').uniqueKeys()]);
	return {
		decks: banks.map((b) => ({ id: b.id, title: b.title })).sort((a, b) => a.title.localeCompare(b.title)),
		tags: (tags as string[]).sort((a, b) => a.localeCompare(b))
	};
}
