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

describe('the gloss of a thing named with "called" or "known as" after a fronted purpose', () => {
	it.each([
		[
			'To date the timbers, the archaeologists used a method known as dendrochronology.',
			'dendrochronology',
			'the method that the archaeologists used to date the timbers'
		],
		[
			'To find leaks in the main, the water company sends down a robot called a pipe crawler.',
			'pipe crawler',
			'the robot that the water company sends down to find leaks in the main'
		],
		[
			'To keep the samples cold on the long flight, the crew packed the vials in a box known as a dry shipper.',
			'dry shipper',
			'the box that the crew packed the vials in to keep the samples cold on the long flight'
		],
		[
			'To measure how fast the glacier moves, the surveyors set up an instrument called a total station.',
			'total station',
			'the instrument that the surveyors set up to measure how fast the glacier moves'
		],
		[
			'To tell one bat from another, the team fitted each animal with a tiny tag known as a transponder.',
			'transponder',
			'the tiny tag that the team fitted each animal with to tell one bat from another'
		],
		[
			'To cut the glare at night, the council will install a lamp shield called a cowl.',
			'cowl',
			'the lamp shield that the council will install to cut the glare at night'
		]
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it.each([
		'The researchers used a technique known as ring counting.',
		'To keep them cold on the long flight, the crew packed the vials in a box known as a dry shipper.'
	])('leaves a bare "the technique", with no purpose or one leaning on a pronoun, unglossed: %s', (text) => {
		expect(pairs(text)).toEqual([]);
	});
});
