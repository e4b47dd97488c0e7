import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import type { FactdeckDatabase } from './database';
import { getSrsSettings, loadSrsSettings, putSrsSettings, updateSrsSettings } from './settings';
import { countReviewsUpTo, readFitReviews } from './fit-reads';
import { saveBank } from './banks';
import { recordAnswer } from './study';
import { bankOf, card, freshDatabase, minutesLater, studyNow, studySettings } from './test-fixtures';

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

describe('scheduling settings', () => {
	it('change only the fields given: the form and the schedule fit never undo each other', async () => {
		db = freshDatabase();
		const w = Array.from({ length: 21 }, (_, i) => i + 0.5);
		await updateSrsSettings(db, { newPerDay: 9 });
		await updateSrsSettings(db, { parameters: w });
		expect(await getSrsSettings(db)).toEqual({ ...DEFAULT_SRS_SETTINGS, newPerDay: 9, parameters: w });
		await expect(updateSrsSettings(db, { parameters: [1, 2] })).rejects.toThrow();
		expect((await getSrsSettings(db)).parameters).toEqual(w);
	});

	it('leave the review log readable for a fit: each answer’s card, time, rating and phase', async () => {
		db = freshDatabase();
		await saveBank(db, bankOf([card('a')]), { builtIn: false }, studyNow);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 500 }, studyNow, studySettings);
		await recordAnswer(db, { cardId: 'deck/a', rating: 1, durationMs: 500 }, minutesLater(15), studySettings);
		expect(await countReviewsUpTo(db, 1000)).toBe(2);
		expect(await countReviewsUpTo(db, 1)).toBe(1);
		expect(await readFitReviews(db)).toEqual([
			{ cardId: 'deck/a', reviewedAt: studyNow.getTime(), rating: 3, phaseBefore: 'new' },
			{ cardId: 'deck/a', reviewedAt: minutesLater(15).getTime(), rating: 1, phaseBefore: 'learning' }
		]);
	});

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
