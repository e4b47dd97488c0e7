import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** A sentence whose verb the tagger took for part of the term before an appositive reads no term there. */
describe('a verb read into a term', () => {
	const rows: [string, [string, string][]][] = [
		['Growers in the valley fear blight, a disease that rots the tubers before harvest.', []],
		['Farmers on the coast dread clubroot, a soil disease that swells the roots of cabbages.', []],
		['Parents in the town love oat flapjacks, a baked bar of oats and syrup.', []],
		['Workers at the plant dread heat stroke, a condition in which the body cannot cool itself.', []],
		// Near misses: a term opening the sentence, and one after a verb the tagger did read.
		['Potato blight, a disease caused by a water mould, ruined the harvest in 1846.', [['Potato blight', 'a disease caused by a water mould']]],
		[
			'The museum restored its brass orrery, a clockwork model that shows the planets moving around the sun.',
			[['brass orrery', 'a clockwork model that shows the planets moving around the sun']]
		],
		['Typhus, a fever spread by lice, broke out near the harbour in March.', [['Typhus', 'a fever spread by lice']]]
	];
	for (const [text, found] of rows)
		it(`reads “${text.slice(0, 36)}…”`, () => expect(factsOf(text, 'definition').map((f) => [f.answer, f.gloss])).toEqual(found));
});
