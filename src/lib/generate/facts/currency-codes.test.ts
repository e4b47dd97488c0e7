import { describe, expect, it } from 'vitest';
import { factsOf } from '../kinds/test-helpers';

/** A sentence and the money amounts (as printed) its quantities read, with their currency. */
const TABLE: [string, [string, string][]][] = [
	// Energy: Norwegian kroner before the amount.
	[
		'The project cost NOK 38 million, of which NOK 14 million came as a grant.',
		[
			['NOK 38 million', 'NOK '],
			['NOK 14 million', 'NOK ']
		]
	],
	// Science: Swiss francs.
	['The team secured CHF 2.4 million to install monitoring buoys.', [['CHF 2.4 million', 'CHF ']]],
	// Business: Swedish kronor in thousands.
	['Each share paid a dividend worth SEK 120,000 in total to the foundation.', [['SEK 120,000', 'SEK ']]],
	// Politics: euros by code.
	['The fund will lend EUR 5 billion over ten years.', [['EUR 5 billion', 'EUR ']]],
	// Near misses: a code-like word that is no currency, and a symbol, read as before.
	['NOKIA shipped 3 million phones in the quarter.', []],
	['The bridge cost $4.5 million to repair.', [['$4.5 million', '$']]]
];

describe('amounts written with a currency code', () => {
	for (const [text, want] of TABLE) {
		it(`reads ${want.map((w) => w[0]).join(', ') || 'no coded amount'} in "${text.slice(0, 40)}…"`, () => {
			const got = factsOf(text, 'quantity')
				.filter((f) => f.form?.currency)
				.map((f) => [f.answer, f.form?.currency]);
			expect(got).toEqual(want);
		});
	}
});
