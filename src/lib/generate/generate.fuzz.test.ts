// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../bank/schema';
import { generateBank } from './index';

const words =
	'The mayor said 24 drones were shot down over Moscow on 14 November 2023 , and officials in Kyiv reported power cuts . " quoted " ( 1,500 ) miles km % Dr. U.S. St. 3.5 million'.split(
		' '
	);

/** Article-like text: real words and numbers in odd orders, with stray markup, scripts and breaks. */
const article = fc
	.array(
		fc.oneof(
			{ weight: 8, arbitrary: fc.constantFrom(...words) },
			{ weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\t', '# ', '---', '<b>', '&amp;', '\u202e', '中文', 'ﷺ', '😀', '\u0000') },
			{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }
		),
		{ maxLength: 160 }
	)
	.map((parts) => parts.join(' '));

describe('the article decoder (the question generator), fuzzed', () => {
	it('gives a valid bank or a reason in words, and never throws', () => {
		fc.assert(
			fc.property(article, (text) => {
				const outcome = generateBank(text);
				if (outcome.ok) expect(bankSchema.safeParse(outcome.bank).success).toBe(true);
				else expect(outcome.reason).toMatch(/[a-z]{3}/);
			}),
			{ numRuns: 600 }
		);
	}, 120_000);

	it('never throws on any text at all, binary included', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const outcome = generateBank(text);
				expect(outcome.ok || outcome.reason.length > 0).toBe(true);
			}),
			{ numRuns: 200 }
		);
	}, 120_000);
});
