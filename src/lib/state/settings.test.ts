import { afterEach, describe, expect, it } from 'vitest';
import { getSrsSettings, type FactdeckDatabase } from '$lib/db';
import { putSrsSettings } from '$lib/db/settings';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { SettingsState, type SettingsDraft } from './settings.svelte';

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

/** The fields a test does not look at, as the form shows them by default. */
const STEPS = { reviewsPerDay: 200, learningSteps: '1m 10m', relearningSteps: '10m', newCardOrder: 'bank' as const, leechThreshold: 8 };

async function loaded(): Promise<SettingsState> {
	db = freshDatabase();
	await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, newPerDay: 12 });
	const state = new SettingsState(async () => db);
	await state.load();
	return state;
}

/** The form's draft once the settings are read. */
function draftOf(state: SettingsState): SettingsDraft {
	if (!state.draft) throw new Error('the settings were not read');
	return state.draft;
}

describe('SettingsState', () => {
	it('has no draft before the settings are read, and nothing to save then', async () => {
		db = freshDatabase();
		const state = new SettingsState(async () => db);
		expect(state.draft).toBeNull();
		expect(await state.save({ ...STEPS, newPerDay: 30, desiredRetention: 85, dayStartHour: 3 })).toBe(false);
		expect(await db.settings.get('srs')).toBeUndefined();
		await state.load();
		expect(state.draft?.newPerDay).toBe(DEFAULT_SRS_SETTINGS.newPerDay);
	});

	it('says plainly when the settings cannot be read at all', async () => {
		db = freshDatabase();
		const state = new SettingsState(() => Promise.reject(new DOMException('The database was deleted.', 'UnknownError')));
		await state.load();
		expect(state.draft).toBeNull();
		expect(state.readFailure).toMatch(/^Your settings could not be read: /);
	});

	it('shows retention as a percentage and saves it as a fraction', async () => {
		const state = await loaded();
		expect(state.draft).toEqual({
			newPerDay: 12,
			reviewsPerDay: 200,
			desiredRetention: 90,
			dayStartHour: 4,
			leechThreshold: 8,
			learningSteps: '1m 10m',
			relearningSteps: '10m',
			newCardOrder: 'bank'
		});
		expect(await state.save({ ...STEPS, newPerDay: 30, desiredRetention: 85, dayStartHour: 3 })).toBe(true);
		expect(await getSrsSettings(db)).toMatchObject({ newPerDay: 30, desiredRetention: 0.85, dayStartHour: 3 });
	});

	it('never saves an empty box as 0: it names the field and saves nothing', async () => {
		const state = await loaded();
		const before = await snapshot(db);
		expect(await state.save({ ...STEPS, newPerDay: null, desiredRetention: 85, dayStartHour: 3 })).toBe(false);
		expect(state.problems).toEqual({
			newPerDay: 'New cards per day is empty or not a number: enter a whole number from 0 to 9999.'
		});
		expect(await snapshot(db)).toBe(before);
	});

	it('names each field out of range', async () => {
		const state = await loaded();
		expect(await state.save({ ...STEPS, newPerDay: 1.5, desiredRetention: 150, dayStartHour: 4 })).toBe(false);
		expect(state.problems).toEqual({
			newPerDay: 'New cards per day must be a whole number from 0 to 9999, not 1.5.',
			desiredRetention: 'Desired retention must be a whole number from 70 to 99, not 150.'
		});
	});

	it('names a damaged stored field, keeps the rest, and repairs it on Save', async () => {
		db = freshDatabase();
		await db.settings.put({ key: 'srs', value: { ...DEFAULT_SRS_SETTINGS, newPerDay: 12, dayStartHour: 'late' } });
		const state = new SettingsState(async () => db);
		await state.load();
		expect(state.draft).toEqual({
			newPerDay: 12,
			reviewsPerDay: 200,
			desiredRetention: 90,
			dayStartHour: 4,
			leechThreshold: 8,
			learningSteps: '1m 10m',
			relearningSteps: '10m',
			newCardOrder: 'bank'
		});
		expect(state.notes).toEqual([
			'The saved value of “Next day starts at” was damaged, so it is back to its default. Save to keep the default; your other settings are kept.'
		]);
		expect(await state.save(draftOf(state))).toBe(true);
		expect(state.notes).toEqual([]);
		expect((await db.settings.get('srs'))?.value).toMatchObject({ newPerDay: 12, dayStartHour: 4 });
	});

	it('says the device is full when the write is refused, and changes nothing', async () => {
		const state = await loaded();
		const before = await snapshot(db);
		fillStorage();
		expect(await state.save({ ...STEPS, newPerDay: 30, desiredRetention: 85, dayStartHour: 3 })).toBe(false);
		expect(state.failure).toMatch(/^Your settings were not saved: this device has no storage space left for Factdeck\. Free some space/);
		expect(await snapshot(db)).toBe(before);
	});

	it('saves learning and relearning steps typed apart by spaces or commas, and the daily review limit', async () => {
		const state = await loaded();
		expect(await state.save({ ...draftOf(state), learningSteps: ' 2m,  15m 1h ', relearningSteps: '', reviewsPerDay: 50 })).toBe(true);
		expect(await getSrsSettings(db)).toMatchObject({ learningSteps: ['2m', '15m', '1h'], relearningSteps: [], reviewsPerDay: 50 });
		expect(draftOf(state).learningSteps).toBe('2m 15m 1h');
	});

	it('names a step that is not one, and saves nothing', async () => {
		const state = await loaded();
		const before = await snapshot(db);
		expect(await state.save({ ...draftOf(state), learningSteps: '1m 10 minutes' })).toBe(false);
		expect(state.problems).toEqual({
			learningSteps: 'Learning steps: “10” is not a step. Use a whole number of minutes, hours or days, like 1m, 10m, 1h or 1d.'
		});
		expect(await snapshot(db)).toBe(before);
	});

	it('saves the new-card order, and refuses one that is not offered', async () => {
		const state = await loaded();
		expect(await state.save({ ...draftOf(state), newCardOrder: 'random' })).toBe(true);
		expect((await getSrsSettings(db)).newCardOrder).toBe('random');
		expect(await state.save({ ...draftOf(state), newCardOrder: 'sideways' as never })).toBe(false);
		expect(state.problems.newCardOrder).toBe('New card order must be "bank" (bank order) or "random" (random order).');
	});
});
