import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from '$lib/srs';
import { listAssignments } from './assignments';
import { saveBank } from './banks';
import { deckCounts } from './counts';
import { FactdeckDatabase } from './database';
import { getReceived } from './received';
import { readReviewDays, updateReviewDays } from './review-days';
import { listResults } from './results';
import { nextItem, recordAnswer } from './study';
import { bankOf, card } from './test-fixtures';
import { browseList } from './browse';
import { DEFAULT_QUERY } from '$lib/browse/query';
import { openSession, recordInSession } from './sessions';
import {
	newLeftToday,
	VERSION_1,
	VERSION_2_ADDED,
	VERSION_3_CHANGED,
	VERSION_4_ADDED,
	VERSION_5_CHANGED,
	VERSION_6_ADDED,
	versionOneRows,
	versionTwoRows,
	type VersionOneRows
} from './test-old-versions';
import type { BankRecord, QuestionRecord } from './records';

const now = new Date(2026, 2, 2, 10, 0, 0);
// 10 new cards a deck were first shown today: the limit of 15 lets in 5 of the 10 still new.
const settings: SrsSettings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay: 15 };
const names: string[] = [];

afterEach(async () => {
	await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

type Rows = Record<string, unknown[]>;

async function dump(db: Dexie): Promise<Rows> {
	return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

/** A database at exactly `version` of the schema as it shipped, holding `rows`; returns its name and rows as stored. */
async function oldDatabase(version: 1 | 2 | 3 | 4 | 5 | 6, rows: Rows): Promise<{ name: string; stored: Rows }> {
	const name = `upgrade-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	const old = new Dexie(name);
	old.version(1).stores(VERSION_1);
	if (version >= 2) old.version(2).stores(VERSION_2_ADDED);
	if (version >= 3) old.version(3).stores(VERSION_3_CHANGED);
	if (version >= 4) old.version(4).stores(VERSION_4_ADDED);
	if (version >= 5) old.version(5).stores(VERSION_5_CHANGED);
	if (version >= 6) old.version(6).stores(VERSION_6_ADDED);
	await old.transaction('rw', old.tables, () => Promise.all(Object.entries(rows).map(([table, list]) => old.table(table).bulkAdd(list))));
	expect(old.verno).toBe(version);
	const stored = await dump(old);
	old.close();
	return { name, stored };
}

async function upgraded(name: string): Promise<FactdeckDatabase> {
	const db = new FactdeckDatabase(name);
	await db.open();
	expect(db.verno).toBe(7);
	return db;
}

/**
 * The rows of an older version as version 5 holds them: every card with its question's tags,
 * and added at its deck's added time plus its order in the deck; nothing else changed.
 */
function asVersionFive(rows: Rows): Rows {
	return { ...withCardFields(rows), ...NEW_IN_SIX };
}

/** Version 6's tables, empty after an upgrade: the statistics count the review log into them later. */
const NEW_IN_SIX = { reviewDays: [], reviewDaysState: [], cardColumns: [], changedCards: [] };

function withCardFields(rows: Rows): Rows {
	const banks = new Map((rows.banks as BankRecord[]).map((b) => [b.id, b]));
	const questions = new Map((rows.questions as QuestionRecord[]).map((q) => [`${q.bankId}/${q.id}`, q]));
	const cards = (rows.cards as { id: string; bankId: string }[]).map((c) => {
		const question = questions.get(c.id)!;
		return { ...c, tags: question.question.tags, addedAt: banks.get(c.bankId)!.addedAt + question.order };
	});
	return { ...rows, cards };
}

/** The study queries give each deck what its rows say, read through the indexes of the new version. */
async function expectStudyAsBefore(db: FactdeckDatabase, made: VersionOneRows, bankIds: string[]): Promise<void> {
	for (const bankId of bankIds) {
		const counts = await deckCounts(db, bankId, now, settings);
		expect(counts.new).toBe(newLeftToday(made, bankId, now, settings));
		expect(counts.new).toBe(5);
		expect(await nextItem(db, bankId, now, settings)).not.toBeNull();
	}
}

describe('upgrading a version-1 database', () => {
	it('keeps every row the app wrote, and adds the assignment tables empty', async () => {
		// Fill a database with the current code, then store its rows in exactly version 1.
		const filler = new FactdeckDatabase(`filler-${Math.random().toString(36).slice(2)}`);
		names.push(filler.name);
		for (const id of ['one', 'two', 'three']) {
			await saveBank(
				filler,
				bankOf(
					Array.from({ length: 30 }, (_, i) => card(`${id}-${i}`)),
					id
				),
				{ builtIn: id === 'one' },
				now
			);
		}
		for (let i = 0; i < 25; i++)
			await recordAnswer(filler, { cardId: `two/two-${i}`, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, durationMs: 900 + i }, now, settings);
		await filler.settings.put({ key: 'srs', value: { ...settings, newPerDay: 7 } });
		const written = await dump(filler);
		filler.close();
		const { assignments, results, received, sessions, reviewDays, reviewDaysState, cardColumns, changedCards, ...current } = written;
		expect([assignments, results, received, sessions, reviewDays, reviewDaysState, cardColumns]).toEqual([[], [], [], [], [], [], []]);
		// Every card written is named for the statistics' card columns (none read yet).
		expect(changedCards).toHaveLength(90);
		// Version 1 had no card tags and no added time.
		const versionOne = { ...current, cards: (current.cards as Record<string, unknown>[]).map(({ tags, addedAt, ...c }) => (void tags, void addedAt, c)) };
		const { name, stored } = await oldDatabase(1, versionOne);

		const db = await upgraded(name);
		expect(await dump(db)).toEqual(asVersionFive({ ...stored, assignments: [], results: [], received: [], sessions: [] }));
		expect(stored.cards).toHaveLength(90);
		expect(stored.reviews).toHaveLength(25);
		db.close();
	});

	it('keeps a learner’s history, and the study queries answer from the new index as before', async () => {
		const made = versionOneRows(['alpha', 'beta', 'gamma'], now, settings);
		const { name, stored } = await oldDatabase(1, { ...made });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual(asVersionFive({ ...stored, assignments: [], results: [], received: [], sessions: [] }));
		await expectStudyAsBefore(db, made, ['alpha', 'beta', 'gamma']);
		db.close();
	});
});

describe('upgrading a version-2 database', () => {
	it('keeps every row of every table: decks, history, assignments, results and received attempts', async () => {
		const made = versionTwoRows(['alpha', 'beta'], now, settings);
		const { name, stored } = await oldDatabase(2, { ...made });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual(asVersionFive({ ...stored, sessions: [] }));
		expect(Object.keys(stored).sort()).toEqual(['assignments', 'banks', 'cards', 'questions', 'received', 'results', 'reviews', 'settings']);
		await expectStudyAsBefore(db, made, ['alpha', 'beta']);
		expect(await listAssignments(db)).toEqual(made.assignments);
		expect(await listResults(db, 'assign01')).toHaveLength(2);
		expect(await getReceived(db, 'assign02')).toEqual(made.received[0]);
		db.close();
	});
});

describe('upgrading a version-3 database', () => {
	it('keeps every row of every table and adds an empty session table that a session can use', async () => {
		const made = versionTwoRows(['alpha', 'beta', 'gamma'], now, settings);
		const { name, stored } = await oldDatabase(3, { ...made });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual(asVersionFive({ ...stored, sessions: [] }));
		expect(stored.reviews.length).toBeGreaterThan(50);
		await expectStudyAsBefore(db, made, ['alpha', 'beta', 'gamma']);
		expect(await listAssignments(db)).toEqual(made.assignments);

		const session = await openSession(db, 'alpha', now, settings);
		const item = await nextItem(db, 'alpha', now, settings);
		const saved = await recordInSession(db, session, { cardId: item!.card.id, rating: 3, durationMs: 700 }, now, settings);
		expect(saved.session.tally.items).toBe(1);
		expect(await db.sessions.get('alpha')).toEqual(saved.session);
		expect(await db.reviews.count()).toBe(stored.reviews.length + 1);
		db.close();
	});
});

describe('upgrading a version-4 database', () => {
	it('keeps every row, gives each card its question’s tags and an added time, and Browse’s indexes answer', async () => {
		const made = versionTwoRows(['alpha', 'beta'], now, settings);
		made.questions.forEach((q, i) => (q.question.tags = i % 3 === 0 ? ['geo'] : []));
		made.banks[1].addedAt = 1_000;
		const session = { bankId: 'alpha', day: 0, tally: { items: 1, graded: 1, correct: 1, startedAt: 0 }, lastActiveAt: 0, undo: [] };
		const { name, stored } = await oldDatabase(4, { ...made, sessions: [session] });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual(asVersionFive(stored));
		expect(await db.cards.where('tags').equals('geo').count()).toBe(made.questions.filter((q) => q.question.tags.length > 0).length);
		expect(await db.questions.where('question.type').equals('flashcard').count()).toBe(80);
		const byAdded = await db.cards.orderBy('addedAt').primaryKeys();
		expect(byAdded.slice(0, 3)).toEqual(['alpha/q0', 'alpha/q1', 'alpha/q2']);
		await expectStudyAsBefore(db, made, ['alpha', 'beta']);
		db.close();
	});
});

describe('upgrading a version-5 database', () => {
	it('keeps every row, adds the day summaries empty, and the statistics count the whole history into them', async () => {
		const made = withCardFields({ ...versionTwoRows(['alpha', 'beta'], now, settings) });
		const { name, stored } = await oldDatabase(5, { ...made, sessions: [] });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual({ ...stored, ...NEW_IN_SIX });
		await updateReviewDays(db, settings.dayStartHour);
		const counted = (await readReviewDays(db, null, 0)).reduce(
			(n, day) =>
				n +
				Object.values(day.buttons)
					.flat()
					.reduce((a, b) => a + b, 0),
			0
		);
		expect(counted).toBe(stored.reviews.length);
		expect(stored.reviews.length).toBeGreaterThan(50);
		db.close();
	});
});

describe('upgrading a version-6 database', () => {
	it('keeps every row but the card columns, which Browse and the statistics then rebuild from the cards', async () => {
		const made = withCardFields({ ...versionTwoRows(['alpha', 'beta'], now, settings) });
		const cards = made.cards as { id: string; queue: string }[];
		// A version-6 row holds the statistics' columns only: no lapses, added time or tags.
		const columns = [{ bankId: 'alpha', ids: ['alpha/gone'], queue: new Uint8Array(1), phase: new Uint8Array(1), due: new Float64Array(1) }];
		const { name, stored } = await oldDatabase(6, { ...made, sessions: [], ...NEW_IN_SIX, cardColumns: columns, changedCards: [{ id: 'alpha/gone' }] });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual({ ...stored, cardColumns: [], changedCards: [] });
		const listed = await browseList(db, { ...DEFAULT_QUERY, sort: 'added' }, 0, now.getTime());
		expect([...listed.ids].sort()).toEqual(
			cards
				.filter((c) => c.queue !== 'retired')
				.map((c) => c.id)
				.sort()
		);
		expect(await db.cardColumns.count()).toBe(2);
		db.close();
	});
});
