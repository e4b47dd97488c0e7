import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { extractFacts } from '.';

/** The people a text names. */
const people = (text: string) => [
	...new Set(
		extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 })
			.filter((f) => f.kind === 'person')
			.map((f) => f.key)
	)
];

describe('a name that speaks of itself as "it" is a body, not a person', () => {
	// Each row: a text, and the people it names.
	const table: [string, string[]][] = [
		['Halvard Ferries said on Monday that it would cut two routes. Ferries said the cuts were needed.', []],
		['Brenna Kolt said it would take a year to rebuild the bridge. Kolt said the cost was not yet known.', []],
		['Kelder Mills said its profits had doubled. Mills said demand for flour was strong.', []],
		['Orsby Holt said in March it would close the plant. Holt said 300 jobs would go.', []],
		// Near misses: a person whose "it" is something else, after more words, or who is "she".
		['Brenna Kolt said the bridge would take a year to rebuild. Kolt said she was confident.', ['Brenna Kolt']],
		['Tomas Berg said the council had made it harder to build homes. Berg said he would appeal.', ['Tomas Berg']],
		['Marta Ilves said that she had voted against the plan. Ilves said it was too costly.', ['Marta Ilves']],
		['Olav Brekke said the switch had cut costs, and that it was worth the wait. Brekke said he was pleased.', ['Olav Brekke']]
	];
	it.each(table)('%s', (text, names) => {
		expect(people(text)).toEqual(names);
	});
});
