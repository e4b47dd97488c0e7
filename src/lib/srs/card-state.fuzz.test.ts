// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFsrsCard, toFsrsCard } from './card-state';
import { SrsError } from './errors';
import type { SrsCard } from './types';

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const card: fc.Arbitrary<SrsCard> = fc.record({
	due: time,
	stability: fc.double({ min: 0, max: 36_500, noNaN: true }),
	difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
	elapsedDays: fc.nat({ max: 36_500 }),
	scheduledDays: fc.nat({ max: 36_500 }),
	learningSteps: fc.nat({ max: 20 }),
	reps: fc.nat({ max: 100_000 }),
	lapses: fc.nat({ max: 10_000 }),
	phase: fc.constantFrom('new', 'learning', 'review', 'relearning'),
	lastReview: fc.option(time, { nil: null })
});

describe('the stored card codec, fuzzed', () => {
	it('decodes what it encodes: fromFsrsCard(toFsrsCard(card)) equals card', () => {
		fc.assert(
			fc.property(card, (c) => {
				expect(fromFsrsCard(toFsrsCard(c))).toEqual(c);
			}),
			{ numRuns: 3000 }
		);
	});

	it('survives IndexedDB and JSON unchanged (plain numbers, no Date)', () => {
		fc.assert(
			fc.property(card, (c) => {
				expect(JSON.parse(JSON.stringify(c))).toEqual(c);
			}),
			{ numRuns: 1000 }
		);
	});

	it('refuses a stored card whose times are not times, with an SrsError', () => {
		fc.assert(
			fc.property(card, fc.constantFrom(Number.NaN, Infinity, -Infinity, 9e15), (c, bad) => {
				expect(() => toFsrsCard({ ...c, due: bad })).toThrow(SrsError);
			}),
			{ numRuns: 200 }
		);
	});
});
