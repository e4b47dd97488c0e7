import type { IndexableType } from 'dexie';
import type { Question } from '$lib/bank/schema';
import { listIds, tagsOf } from '$lib/browse/list';
import type { BrowseQuery } from '$lib/browse/query';
import { matchesWords, queryWords } from '$lib/browse/search';
import { readCardColumns } from './card-columns';
import type { FactdeckDatabase } from './database';
import { cardId, type CardRecord, type QuestionRecord } from './records';

/**
 * Browse's reads. A query is answered from each deck's card columns (card-columns.ts): one row
 * of typed arrays a deck, filtered and sorted in memory (browse/list.ts), never the cards' records.
 * The rows on screen are then read by id, a page at a time, so scrolling 50,000 cards holds only
 * what is shown. Only a type filter reads an index of the questions, and a text search the
 * questions themselves, in pages by primary key, keeping nothing of them but the ids that match.
 */

const TEXT_PAGE = 1000;

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

/** What Browse lists for a query: the card ids in order, and every tag in use (for the tag filter). */
export interface BrowseList {
	ids: string[];
	tags: string[];
}

/** The ids of the cards `query` selects, in its order, and the tags in use; retired cards are never listed. */
export async function browseList(db: FactdeckDatabase, query: BrowseQuery, todayStart: number, todayEnd: number): Promise<BrowseList> {
	const sets: Promise<Set<string>>[] = [];
	if (query.type !== null) {
		const keys = db.questions.where('question.type').equals(query.type).primaryKeys();
		sets.push(keys.then((list) => new Set(list.map(([bankId, id]) => cardId(bankId, id)))));
	}
	if (query.text.trim() !== '') sets.push(textMatches(db, query.text, query.bankId));
	// Every deck's columns, whatever the deck filter: the tag filter offers the tags of all decks.
	const [decks, filters] = await Promise.all([readCardColumns(db, null), Promise.all(sets)]);
	// The smallest set first: most ids leave at the first test.
	filters.sort((a, b) => a.size - b.size);
	return { ids: listIds(decks, query, todayStart, todayEnd, filters), tags: tagsOf(decks) };
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

/** The decks the deck filter offers (id and title), sorted by title. */
export async function browseDecks(db: FactdeckDatabase): Promise<{ id: string; title: string }[]> {
	const banks = await db.banks.toArray();
	return banks.map((b) => ({ id: b.id, title: b.title })).sort((a, b) => a.title.localeCompare(b.title));
}
