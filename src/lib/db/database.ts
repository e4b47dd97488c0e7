import { Dexie, type EntityTable, type Table } from 'dexie';
import type { BankRecord, CardRecord, QuestionRecord, ReviewRecord, SessionRecord, SettingRecord } from './records';
import { fillCardFields } from './upgrade-v5';
import type { AssignmentRecord, ReceivedRecord, ResultRecord } from './assignment-records';
import type { DaySummary } from '$lib/stats';
import type { ReviewDaysState } from './review-days';
import { reviewDaysGuard } from './review-days-guard';
import type { ChangedCard, DeckColumns } from './card-columns';
import { cardColumnsGuard } from './card-columns-guard';

export const DATABASE_NAME = 'factdeck';

/**
 * The Factdeck database. Each `version()` stays in place once shipped: a new schema is a new
 * version with an upgrade function, so a learner's history is carried forward, never dropped.
 *
 * Indexes are chosen so that the study queue and the deck counts are range reads whose cost
 * follows what is due today, never the size of the deck or of its history:
 * - cards `[bankId+queue+due]`: due learning/review cards, new cards in bank order, per deck;
 * - reviews `[bankId+reviewedAt]`: a deck's answers in a span of time;
 * - reviews `[bankId+phaseBefore+reviewedAt]` (version 3): the new cards a deck showed today,
 *   counted for the daily limit without reading today's other answers.
 * - cards `due`, `addedAt`, `srs.difficulty`, `srs.lapses` (version 5): Browse's sorts, each a
 *   read of primary keys in order; `*tags` its tag filter; `buriedUntil` the buried cards whose
 *   day is over; questions `question.type` its type filter.
 * - reviewDays `[bankId+day]`, `day` (version 6): the review log summed per deck and study day,
 *   so the statistics read a row per day studied, not every answer (review-days.ts); and the
 *   cards' scheduling state a deck at a time in columns, with the cards changed since (card-columns.ts).
 * - version 7: the columns also hold lapses, added time and tags, and Browse filters and sorts
 *   them in memory (browse/list.ts) instead of reading ids through the version-5 indexes.
 */
export class FactdeckDatabase extends Dexie {
	banks!: EntityTable<BankRecord, 'id'>;
	questions!: Table<QuestionRecord, [string, string]>;
	cards!: EntityTable<CardRecord, 'id'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	assignments!: EntityTable<AssignmentRecord, 'id'>;
	results!: EntityTable<ResultRecord, 'id'>;
	received!: EntityTable<ReceivedRecord, 'id'>;
	sessions!: EntityTable<SessionRecord, 'bankId'>;
	reviewDays!: Table<DaySummary, [string, number]>;
	reviewDaysState!: EntityTable<ReviewDaysState, 'key'>;
	cardColumns!: EntityTable<DeckColumns, 'bankId'>;
	changedCards!: EntityTable<ChangedCard, 'id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores({
			banks: 'id',
			questions: '[bankId+id], bankId',
			cards: 'id, bankId, [bankId+queue+due]',
			reviews: '++id, cardId, [bankId+reviewedAt], reviewedAt',
			settings: 'key'
		});
		// Version 2 adds the teacher's assignments and the results they imported, and the
		// assignments a student received. Only new tables: nothing of version 1 changes.
		this.version(2).stores({
			assignments: 'id, updatedAt',
			results: 'id, assignmentId',
			received: 'id'
		});
		// Version 3 only adds an index: IndexedDB fills it from the rows already stored, so the
		// upgrade moves no data.
		this.version(3).stores({
			reviews: '++id, cardId, [bankId+reviewedAt], reviewedAt, [bankId+phaseBefore+reviewedAt]'
		});
		// Version 4 adds a deck's study session (its tally and what Undo can take back), so a
		// reload resumes it. A new table only: nothing stored before changes.
		this.version(4).stores({
			sessions: 'bankId'
		});
		// Version 5 adds Browse: card tags, the time a card was added, burial, and the indexes
		// Browse sorts and filters through. Suspended and buried cards take the queue values
		// `suspended` and `buried`, which no study range reads. The upgrade fills the new fields
		// of every card and changes nothing else.
		this.version(5)
			.stores({
				questions: '[bankId+id], bankId, question.type',
				cards: 'id, bankId, [bankId+queue+due], due, addedAt, srs.difficulty, srs.lapses, *tags, buriedUntil'
			})
			.upgrade((tx) => fillCardFields(tx));
		// Version 6 adds what the statistics read instead of every answer and every card: the
		// per-day summaries of the review log and how far they are counted, and each deck's cards
		// in columns with the cards changed since. New tables only: they start empty, and the
		// statistics page fills them on its first visit.
		this.version(6).stores({
			reviewDays: '[bankId+day], day',
			reviewDaysState: 'key',
			cardColumns: 'bankId',
			changedCards: 'id'
		});
		// Version 7 gives each deck's card columns what Browse filters and sorts on (lapses, added
		// time, tags). Rows of version 6 lack them, so the upgrade drops every row: a deck with no
		// row is read whole from its cards at the next read, as after version 6's upgrade.
		this.version(7)
			.stores({})
			.upgrade(async (tx) => {
				await Promise.all([tx.table('cardColumns').clear(), tx.table('changedCards').clear()]);
			});
		this.use(reviewDaysGuard);
		this.use(cardColumnsGuard);
	}
}
