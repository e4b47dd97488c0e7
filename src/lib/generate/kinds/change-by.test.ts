import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

/** Each sentence's change by an amount as [subject, verb, amount, to, from], or nothing. */
const TABLE: [string, [string, string, string, string, string] | null][] = [
	// Earnings: a reporting frame and an aside before the subject.
	[
		'The company said revenue for the quarter, which ended in June, rose 8.4% to $1.42 billion from $1.31 billion a year earlier.',
		['revenue for the quarter', 'rose', '8.4%', '$1.42 billion', '$1.31 billion']
	],
	// Earnings: a second figure for each value ("or 84 cents a share") left out.
	[
		'Net income fell 19% to $96 million, or 84 cents a share, from $118 million, or $1.02 a share.',
		['net income', 'fell', '19%', '$96 million', '$118 million']
	],
	// Markets: an amount in basis points, no start value.
	[
		'The yield on ten-year bonds, which tracks rate expectations, fell 9 basis points to 3.62 per cent.',
		['the yield on ten-year bonds', 'fell', '9', '3.62 per cent', '']
	],
	// Trade: the comparison between amount and end, the unit word after the end.
	['Grain exports fell 14% from a year earlier to 2.3 million tonnes.', ['grain exports', 'fell', '14%', '2.3 million tonnes', '']],
	// Statistics: an end value that is no figure right after "to" ("an average of …") is left to the quantity kinds.
	['Private rents rose 6.1 per cent in the year to April to an average of 1,180 crowns.', null],
	// A pronoun subject leans on another sentence.
	['Its profit rose 31% to 412 million kroner from 315 million kroner.', null],
	// Sport: a rise in the table is no change by an amount.
	['The club rose to third place after the win over Dunmore.', null],
	// A count of points in a poll is no percentage.
	['Support for the plan rose 12 points to 54 in the latest survey.', null],
	// A change with no end value is the quantity kinds' to ask.
	['Prices rose 0.2 per cent between March and April.', null],
	// Statistics: no amount, the end value first and the start after it.
	[
		'The annual rate of inflation slowed to 3.1 per cent from 3.6 per cent in March, the bureau said.',
		['the annual rate of inflation', 'slowed', '', '3.1 per cent', '3.6 per cent in March']
	],
	// The start value's time comes with it, beside an end value's month.
	[
		'The jobless rate rose to 5.2 per cent in June from 4.9 per cent a year earlier, the agency said.',
		['the jobless rate', 'rose', '', '5.2 per cent', '4.9 per cent a year earlier']
	],
	['Fuel duty rose to 58 pence from 53 pence in 2019.', ['fuel duty', 'rose', '', '58 pence', '53 pence in 2019']],
	// An end value with no start is no change.
	['The price of a loaf fell to 90 cents last week.', null]
];

describe('changes by an amount ("rose 8.4% to $1.42 billion")', () => {
	for (const [text, want] of TABLE) {
		it(want ? `reads "${want[0]} ${want[1]} ${want[2]}"` : `reads no change from "${text.slice(0, 50)}…"`, () => {
			const got = factsOf(text, 'change')
				.filter((f) => f.by !== undefined)
				.map((f) => [f.subject, f.verb, f.by, f.answer, f.from]);
			const by = want && (want[2] === '' || want[2].endsWith('%') ? want[2] : `${want[2]} basis points`);
			if (want) expect(got).toEqual([[want[0], want[1], by, want[3], want[4]]]);
			else expect(got).toEqual([]);
		});
	}

	it('asks the amount as a number in its unit, and the whole change on a card', () => {
		const qs = questionsOf('Direct sales rose 27% to $597 million from $470 million.', 'change');
		const numeric = qs.find((q) => q.type === 'numeric');
		expect(numeric?.type === 'numeric' && [numeric.prompt, numeric.answer, numeric.unit]).toEqual(['By what percentage did direct sales rise?', 27, '%']);
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual(['How did direct sales change?', 'They rose 27% to $597 million from $470 million']);
	});

	it('asks a change reported end value first on a card only, the start value with its month', () => {
		const qs = questionsOf('Core inflation eased to 3.4 per cent from 3.7 per cent in March.', 'change');
		expect(qs.map((q) => (q.type === 'flashcard' ? [q.prompt, q.back] : q.type))).toEqual([
			['How did core inflation change?', 'It eased to 3.4 per cent from 3.7 per cent in March']
		]);
	});

	it('asks points by how many', () => {
		const qs = questionsOf('The yield on ten-year bonds fell 9 basis points to 3.62 per cent.', 'change');
		expect(qs.find((q) => q.type === 'numeric')?.prompt).toBe('By how many basis points did the yield on ten-year bonds fall?');
	});
});
