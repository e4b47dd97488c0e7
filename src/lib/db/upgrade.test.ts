import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { saveBank } from './banks';
import { FactdeckDatabase } from './database';
import { recordAnswer } from './study';
import { bankOf, card } from './test-fixtures';

const now = new Date(2026, 2, 2, 10, 0, 0);
let name = '';

afterEach(async () => {
	await Dexie.delete(name);
});

/** The database exactly as version 1 of the app declared it. */
class VersionOne extends Dexie {
	constructor(dbName: string) {
		super(dbName);
		this.version(1).stores({
			banks: 'id',
			questions: '[bankId+id], bankId',
			cards: 'id, bankId, [bankId+queue+due]',
			reviews: '++id, cardId, [bankId+reviewedAt], reviewedAt',
			settings: 'key'
		});
	}
}

async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
	const tables = ['banks', 'questions', 'cards', 'reviews', 'settings'];
	return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()])));
}

describe('upgrading the database from version 1 to 2', () => {
	it('keeps every row of a version-1 database full of data, and adds the assignment tables', async () => {
		name = `upgrade-${Math.random().toString(36).slice(2)}`;
		// Fill a database with the current code, then bring it back to exactly version 1.
		const filler = new FactdeckDatabase(name);
		const settings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false };
		for (const id of ['one', 'two', 'three']) {
			await saveBank(filler, bankOf(Array.from({ length: 30 }, (_, i) => card(`${id}-${i}`)), id), { builtIn: id === 'one' }, now);
		}
		for (let i = 0; i < 25; i++) await recordAnswer(filler, { cardId: `two/two-${i}`, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, durationMs: 900 + i }, now, settings);
		await filler.settings.put({ key: 'srs', value: { ...settings, newPerDay: 7 } });
		const before = await dump(filler);
		filler.close();
		await Dexie.delete(name);
		const v1 = new VersionOne(name);
		await v1.open();
		for (const [table, rows] of Object.entries(before)) await v1.table(table).bulkAdd(rows);
		expect(v1.verno).toBe(1);
		v1.close();

		const upgraded = new FactdeckDatabase(name);
		await upgraded.open();
		expect(upgraded.verno).toBeGreaterThanOrEqual(2);
		expect(await dump(upgraded)).toEqual(before);
		expect(before.cards).toHaveLength(90);
		expect(before.reviews).toHaveLength(25);
		expect(await upgraded.assignments.count()).toBe(0);
		expect(await upgraded.results.count()).toBe(0);
		expect(await upgraded.received.count()).toBe(0);
		upgraded.close();
	});
});
