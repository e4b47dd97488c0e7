import type { QuestionType } from '$lib/bank/schema';

/**
 * What Browse lists: the filters and the order a learner chose. Each filter is one index read
 * in the database module; an empty or null filter lets every card through.
 */

/** A card's state as Browse filters it (Anki's "is:" searches). */
export const CARD_STATES = ['new', 'learning', 'review', 'suspended', 'buried', 'leech'] as const;
export type CardStateFilter = (typeof CARD_STATES)[number];

/** When a card is due: none (any), today (overdue included), overdue only, or within N days. */
export type DueFilter = { kind: 'any' } | { kind: 'today' } | { kind: 'overdue' } | { kind: 'within'; days: number };

export const SORT_KEYS = ['due', 'difficulty', 'lapses', 'added'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface BrowseQuery {
	/** Words that must all appear in the card's prompt or answer, in any case. */
	text: string;
	bankId: string | null;
	type: QuestionType | null;
	tag: string | null;
	state: CardStateFilter | null;
	due: DueFilter;
	sort: SortKey;
	descending: boolean;
}

export const DEFAULT_QUERY: BrowseQuery = Object.freeze({
	text: '',
	bankId: null,
	type: null,
	tag: null,
	state: null,
	due: Object.freeze({ kind: 'any' }),
	sort: 'due',
	descending: false
});

/**
 * The span of due times a due filter keeps, [from, to): "today" ends where the study day ends
 * (the day rolls over at `dayStart` of tomorrow), "overdue" is what was due before today began,
 * "within N days" is today and the N study days after it. Null for no due filter.
 * `todayStart` and `todayEnd` are the bounds of the current study day, epoch ms.
 */
export function dueSpan(due: DueFilter, todayStart: number, todayEnd: number): { from: number; to: number } | null {
	const DAY = 86_400_000;
	if (due.kind === 'any') return null;
	if (due.kind === 'overdue') return { from: -Infinity, to: todayStart };
	if (due.kind === 'today') return { from: -Infinity, to: todayEnd };
	return { from: -Infinity, to: todayEnd + due.days * DAY };
}

/** Whether any filter narrows the list (the text is ignored when blank). */
export function isFiltered(query: BrowseQuery): boolean {
	return query.text.trim() !== '' || query.bankId !== null || query.type !== null || query.tag !== null || query.state !== null || query.due.kind !== 'any';
}
