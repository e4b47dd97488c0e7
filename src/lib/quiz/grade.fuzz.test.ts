// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { question } from '../bank/test-arbitraries';
import { grade } from './grade';
import { parseNumber } from './parse-number';

/** What a learner may type: digits, number words, units, scripts, stray symbols. */
const typed = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc
		.array(fc.constantFrom('one', 'hundred', 'and', 'twenty-four', 'a', 'million', '1,200', '3.5', '-', '½', 'km', 'NaN', 'Infinity', '1e400', ' ', ','), {
			maxLength: 8
		})
		.map((parts) => parts.join(' '))
);

describe('typed answers, fuzzed', () => {
	it('read as a finite number or as none, never thrown', () => {
		fc.assert(
			fc.property(typed, (text) => {
				const n = parseNumber(text);
				expect(n === null || Number.isFinite(n)).toBe(true);
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);

	it('are graded right or wrong for every question, never thrown', () => {
		fc.assert(
			fc.property(
				question.filter((q) => q.type !== 'flashcard' && q.type !== 'mcq' && q.type !== 'true_false'),
				typed,
				(q, text) => {
					const result = grade(q, { kind: 'text', value: text });
					expect(typeof result.correct).toBe('boolean');
					expect(result.expected.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 3000 }
		);
	}, 60_000);
});
