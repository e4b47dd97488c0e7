import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { getSrsSettings, putSrsSettings } from './settings';
import { freshDatabase } from './test-fixtures';

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

describe('scheduling settings', () => {
	it('are the defaults until saved, then what was saved', async () => {
		db = freshDatabase();
		expect(await getSrsSettings(db)).toEqual(DEFAULT_SRS_SETTINGS);
		await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, newPerDay: 7 });
		expect((await getSrsSettings(db)).newPerDay).toBe(7);
	});

	it('fall back to the defaults when the stored value is damaged', async () => {
		db = freshDatabase();
		await db.settings.put({ key: 'srs', value: { newPerDay: 'many', desiredRetention: 3 } });
		expect(await getSrsSettings(db)).toEqual(DEFAULT_SRS_SETTINGS);
	});

	it('refuse to save an invalid value', async () => {
		db = freshDatabase();
		await expect(putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, dayStartHour: 25 })).rejects.toThrow();
		expect(await db.settings.count()).toBe(0);
	});
});
