import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from '$lib/srs';
import { listAssignments } from './assignments';
import { saveBank } from './banks';
import { deckCounts } from './counts';
import { FactdeckDatabase } from './database';
import { getReceived } from './received';
import { listResults } from './results';
import { nextItem, recordAnswer } from './study';
import { bankOf, card } from './test-fixtures';
import { openSession, recordInSession } from './sessions';
import { newLeftToday, VERSION_1, VERSION_2_ADDED, VERSION_3_CHANGED, versionOneRows, versionTwoRows, type VersionOneRows } from './test-old-versions';

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
async function oldDatabase(version: 1 | 2 | 3, rows: Rows): Promise<{ name: string; stored: Rows }> {
	const name = `upgrade-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	const old = new Dexie(name);
	old.version(1).stores(VERSION_1);
	if (version >= 2) old.version(2).stores(VERSION_2_ADDED);
	if (version >= 3) old.version(3).stores(VERSION_3_CHANGED);
	await old.transaction('rw', old.tables, () => Promise.all(Object.entries(rows).map(([table, list]) => old.table(table).bulkAdd(list))));
	expect(old.verno).toBe(version);
	const stored = await dump(old);
	old.close();
	return { name, stored };
}

async function upgraded(name: string): Promise<FactdeckDatabase> {
	const db = new FactdeckDatabase(name);
	await db.open();
	expect(db.verno).toBe(4);
	return db;
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
		const { assignments, results, received, sessions, ...versionOne } = written;
		expect([assignments, results, received, sessions]).toEqual([[], [], [], []]);
		const { name, stored } = await oldDatabase(1, versionOne);

		const db = await upgraded(name);
		expect(await dump(db)).toEqual({ ...stored, assignments: [], results: [], received: [], sessions: [] });
		expect(stored.cards).toHaveLength(90);
		expect(stored.reviews).toHaveLength(25);
		db.close();
	});

	it('keeps a learner’s history, and the study queries answer from the new index as before', async () => {
		const made = versionOneRows(['alpha', 'beta', 'gamma'], now, settings);
		const { name, stored } = await oldDatabase(1, { ...made });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual({ ...stored, assignments: [], results: [], received: [], sessions: [] });
		await expectStudyAsBefore(db, made, ['alpha', 'beta', 'gamma']);
		db.close();
	});
});

describe('upgrading a version-2 database', () => {
	it('keeps every row of every table: decks, history, assignments, results and received attempts', async () => {
		const made = versionTwoRows(['alpha', 'beta'], now, settings);
		const { name, stored } = await oldDatabase(2, { ...made });
		const db = await upgraded(name);
		expect(await dump(db)).toEqual({ ...stored, sessions: [] });
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
		expect(await dump(db)).toEqual({ ...stored, sessions: [] });
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
