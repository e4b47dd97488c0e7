import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { srsSettingsSchema } from '$lib/srs/settings';
import { getSrsSettings } from './settings';
import { freshDatabase } from './test-fixtures';

const db = freshDatabase();
afterAll(() => db.delete());

/** A stored settings value as an older version, a bug or a hand edit might have left it. */
const stored = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }),
	fc.record(Object.fromEntries(Object.keys(DEFAULT_SRS_SETTINGS).map((key) => [key, fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined))])), {
		requiredKeys: []
	})
);

describe('the stored settings decoder, fuzzed', () => {
	it('always reads settings the scheduler can use, whatever the stored row holds', async () => {
		await fc.assert(
			fc.asyncProperty(stored, async (value) => {
				await db.settings.put({ key: 'srs', value });
				const settings = await getSrsSettings(db);
				expect(srsSettingsSchema.safeParse(settings).success).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);
});
