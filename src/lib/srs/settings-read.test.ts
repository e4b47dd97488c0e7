import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { srsSettingsSchema } from './settings';
import { DEFAULT_SRS_SETTINGS, readSettings, SETTING_CHECKS, type SrsSettings } from './settings-read';

const KEYS = Object.keys(DEFAULT_SRS_SETTINGS) as (keyof SrsSettings)[];

/** Values near each setting's edges, and of every other kind, as damaged storage may hold. */
const value = fc.oneof(
	fc.anything(),
	fc.constantFrom(0, 0.69, 0.7, 0.99, 1, -1, 1.5, 23, 24, 99, 100, 365, 366, 1440, 1441, 9999, 10000, 36500, 36501, Number.NaN, Infinity, -0),
	fc.double(),
	fc.integer({ min: -10, max: 40000 }),
	fc.constantFrom('bank', 'random', 'Bank', '', ' 1m', '10m ', '0m', '1x'),
	fc.array(fc.constantFrom('1m', '10m', ' 1h ', '1d', '0m', '1.5m', 'x', 7), { maxLength: 22 }),
	fc.array(fc.double(), { minLength: 20, maxLength: 22 }),
	fc.constant(null)
);

describe('reading stored settings without zod', () => {
	it('gives every setting the verdict and the value the zod schema gives it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...KEYS), value, (key, v) => {
				const zod = srsSettingsSchema.shape[key].safeParse(v);
				const own = SETTING_CHECKS[key](v);
				expect(own.ok).toBe(zod.success);
				if (own.ok && zod.success) expect(own.value).toEqual(zod.data);
			}),
			{ numRuns: 5000 }
		);
	});

	it('keeps the good fields of a damaged row, and its result always passes the schema', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...KEYS, 'other'), value), (row) => {
				const { settings, damaged } = readSettings(row);
				expect(srsSettingsSchema.parse(settings)).toEqual(settings);
				for (const key of KEYS) {
					if (row[key] === undefined) expect(settings[key]).toEqual(DEFAULT_SRS_SETTINGS[key]);
					else expect(damaged.includes(key)).toBe(!srsSettingsSchema.shape[key].safeParse(row[key]).success);
				}
			})
		);
	});
});
