import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { getSrsSettings, loadSrsSettings, putSrsSettings } from './settings';
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

	it('keep every good stored field when another is damaged, and name the damaged ones', async () => {
		db = freshDatabase();
		await db.settings.put({ key: 'srs', value: { newPerDay: 'many', desiredRetention: 3, dayStartHour: 6, learningSteps: ['5m'] } });
		expect(await getSrsSettings(db)).toEqual({ ...DEFAULT_SRS_SETTINGS, dayStartHour: 6, learningSteps: ['5m'] });
		expect((await loadSrsSettings(db)).damaged).toEqual(['desiredRetention', 'newPerDay']);
	});

	it('fall back to the defaults when the stored row is not an object at all', async () => {
		db = freshDatabase();
		await db.settings.put({ key: 'srs', value: 'garbage' });
		expect(await loadSrsSettings(db)).toEqual({ settings: DEFAULT_SRS_SETTINGS, damaged: [] });
	});

	it('refuse to save an invalid value', async () => {
		db = freshDatabase();
		await expect(putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, dayStartHour: 25 })).rejects.toThrow();
		expect(await db.settings.count()).toBe(0);
	});
});
