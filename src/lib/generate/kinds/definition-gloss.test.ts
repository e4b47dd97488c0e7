import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const pairs = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

describe('the gloss of a thing named with "called": one determiner', () => {
	// A quantifier ("certain", "many", "other") is the phrase's determiner: "the certain proteins" has two.
	it.each([
		['Certain proteins, called enzymes, can speed up reactions in the cell.', 'enzymes', 'certain proteins that can speed up reactions in the cell'],
		[
			'Many lakes, called kettle lakes, were formed where buried ice blocks melted.',
			'kettle lakes',
			'many lakes that were formed where buried ice blocks melted'
		],
		['Other dishes, called tapas, were served at the bar.', 'tapas', 'other dishes that were served at the bar'],
		[
			'Numerous small craters, called secondary craters, were formed by debris from the impact.',
			'secondary craters',
			'numerous small craters that were formed by debris from the impact'
		],
		// Near misses: a phrase with no determiner of its own takes "the".
		[
			'Small wooden boats, called coracles, were used on the river for centuries.',
			'coracles',
			'the small wooden boats that were used on the river for centuries'
		],
		[
			'Large new sewers, called intercepting sewers, were laid parallel to the river.',
			'intercepting sewers',
			'the large new sewers that were laid parallel to the river'
		]
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});
});
