import { describe, expect, it } from 'vitest';
import { deckOptionsSchema, readDeckOptions, resolveDeckSettings } from './deck-options';
import { DEFAULT_SRS_SETTINGS } from './settings';

const global = { ...DEFAULT_SRS_SETTINGS, newPerDay: 20, reviewsPerDay: 200, newCardOrder: 'bank' as const };

describe('resolveDeckSettings', () => {
	it('uses the learner settings for every option the deck does not override', () => {
		expect(resolveDeckSettings(global, {})).toEqual(global);
	});

	it('uses the deck own value for each option it overrides, and only for those', () => {
		const resolved = resolveDeckSettings(global, { newPerDay: 3, newCardOrder: 'random' });
		expect(resolved.newPerDay).toBe(3);
		expect(resolved.newCardOrder).toBe('random');
		expect(resolved.reviewsPerDay).toBe(200);
		expect(resolved.learningSteps).toEqual(global.learningSteps);
	});

	it('keeps an override of zero (no new cards for this deck)', () => {
		expect(resolveDeckSettings(global, { newPerDay: 0 }).newPerDay).toBe(0);
	});
});

describe('readDeckOptions', () => {
	it('reads stored options back as they were saved', () => {
		expect(readDeckOptions({ newPerDay: 5, reviewsPerDay: 50, newCardOrder: 'random' })).toEqual({
			options: { newPerDay: 5, reviewsPerDay: 50, newCardOrder: 'random' },
			damaged: []
		});
	});

	it('drops a damaged option, names it in words, and keeps the others', () => {
		const { options, damaged } = readDeckOptions({ newPerDay: -4, reviewsPerDay: 50, newCardOrder: 'sideways' });
		expect(options).toEqual({ reviewsPerDay: 50 });
		expect(damaged).toEqual(['New cards per day', 'New card order']);
	});

	it('reads nothing stored, or something that is not an object, as no overrides', () => {
		expect(readDeckOptions(undefined)).toEqual({ options: {}, damaged: [] });
		expect(readDeckOptions('junk')).toEqual({ options: {}, damaged: [] });
	});
});

describe('deckOptionsSchema', () => {
	it('says in words what is wrong with a value', () => {
		const result = deckOptionsSchema.safeParse({ newPerDay: 1.5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('must be a whole number');
	});
});
