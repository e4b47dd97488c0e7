import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** Definitions read from "X is a Y", with a second name between term and verb or after a colon. */
describe('a copula after a naming aside or a colon', () => {
	const rows: [string, [string, string][]][] = [
		[
			'Relative humidity, usually written as RH, is the amount of vapour in the air at a given temperature.',
			[['Relative humidity', 'the amount of vapour in the air at a given temperature']]
		],
		[
			'Bovine tuberculosis, also known as bTB, is a chronic disease of cattle spread by badgers and by infected herds.',
			[['Bovine tuberculosis', 'a chronic disease of cattle spread by badgers and by infected herds']]
		],
		[
			'The name has nothing to do with boats: a clinker kiln is a furnace in which cement is burnt from limestone and clay.',
			[['clinker kiln', 'a furnace in which cement is burnt from limestone and clay']]
		],
		['The word comes from sailors, not farmers: a neap tide is the weakest tide of the month.', [['neap tide', 'the weakest tide of the month']]],
		['Do not be fooled by the name: black ice is a thin coat of clear ice on a road surface.', [['black ice', 'a thin coat of clear ice on a road surface']]],
		// Near misses: an aside that gives no second name, and a colon before a list.
		['The bridge, opened by the queen in 1932, is the longest crossing on the river for forty miles.', []],
		['The kit has three parts: a frame, a pump and a filter for the intake.', []]
	];
	for (const [text, found] of rows)
		it(`reads “${text.slice(0, 36)}…”`, () => expect(factsOf(text, 'definition').map((f) => [f.answer, f.gloss])).toEqual(found));
});
