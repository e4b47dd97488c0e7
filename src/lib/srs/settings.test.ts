import { describe, expect, it } from 'vitest';
import { SrsError } from './errors';
import { DEFAULT_SRS_SETTINGS, readSettings, srsSettingsSchema, toSteps } from './settings';

describe('default settings', () => {
	it('are Anki-like and valid', () => {
		expect(DEFAULT_SRS_SETTINGS).toEqual({
			desiredRetention: 0.9,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			maximumInterval: 36500,
			enableFuzz: true,
			dayStartHour: 4,
			newPerDay: 20,
			reviewsPerDay: 200,
			newCardOrder: 'bank',
			learnAheadMinutes: 20,
			reviewAheadDays: 0,
			parameters: null
		});
		expect(srsSettingsSchema.parse(DEFAULT_SRS_SETTINGS)).toEqual(DEFAULT_SRS_SETTINGS);
	});
});

describe('the settings schema', () => {
	it('takes fitted parameters only as 21 finite numbers', () => {
		const w = Array.from({ length: 21 }, (_, i) => i / 10);
		expect(srsSettingsSchema.parse({ ...DEFAULT_SRS_SETTINGS, parameters: w }).parameters).toEqual(w);
		expect(srsSettingsSchema.safeParse({ ...DEFAULT_SRS_SETTINGS, parameters: w.slice(1) }).success).toBe(false);
		expect(srsSettingsSchema.safeParse({ ...DEFAULT_SRS_SETTINGS, parameters: [...w.slice(1), Number.NaN] }).success).toBe(false);
	});

	it('accepts values at the limits and steps in minutes, hours and days', () => {
		const edge = { ...DEFAULT_SRS_SETTINGS, desiredRetention: 0.7, dayStartHour: 0, newPerDay: 9999, learningSteps: ['1m', '1h', '1d'], relearningSteps: [] };
		expect(srsSettingsSchema.safeParse(edge).success).toBe(true);
		expect(srsSettingsSchema.safeParse({ ...edge, desiredRetention: 0.99, dayStartHour: 23, newPerDay: 0 }).success).toBe(true);
	});

	it('drops unknown keys from an older version', () => {
		expect(srsSettingsSchema.parse({ ...DEFAULT_SRS_SETTINGS, oldKey: 1 })).toEqual(DEFAULT_SRS_SETTINGS);
	});

	it.each([
		['desiredRetention', 0.69],
		['desiredRetention', 1],
		['dayStartHour', 24],
		['dayStartHour', -1],
		['dayStartHour', 4.5],
		['newPerDay', -1],
		['newPerDay', 10000],
		['maximumInterval', 0],
		['learnAheadMinutes', -5],
		['enableFuzz', 'yes'],
		['learningSteps', ['10']],
		['learningSteps', ['1.5m']],
		['learningSteps', ['10s']],
		['learningSteps', ['0m']],
		['relearningSteps', 'ten minutes'],
		['learningSteps', undefined]
	])('rejects %s = %j', (field, value) => {
		const result = srsSettingsSchema.safeParse({ ...DEFAULT_SRS_SETTINGS, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path[0]).toBe(field);
	});
});

describe('toSteps', () => {
	it('passes valid steps through and throws SrsError on a bad one', () => {
		expect(toSteps(['1m', '10m', '2h', '1d'])).toEqual(['1m', '10m', '2h', '1d']);
		expect(() => toSteps(['1m', 'soon'])).toThrow(SrsError);
	});
});

describe('readSettings', () => {
	it('takes the default for a field an older version did not store, without calling it damaged', () => {
		expect(readSettings({ newPerDay: 5 })).toEqual({ settings: { ...DEFAULT_SRS_SETTINGS, newPerDay: 5 }, damaged: [] });
	});

	it('replaces only the damaged field and keeps the others', () => {
		const { settings, damaged } = readSettings({ ...DEFAULT_SRS_SETTINGS, newPerDay: -3, dayStartHour: 7, learningSteps: ['2m'] });
		expect(settings).toEqual({ ...DEFAULT_SRS_SETTINGS, dayStartHour: 7, learningSteps: ['2m'] });
		expect(damaged).toEqual(['newPerDay']);
	});

	it('drops keys it does not know', () => {
		expect(readSettings({ oldKey: 1 }).settings).toEqual(DEFAULT_SRS_SETTINGS);
	});
});
