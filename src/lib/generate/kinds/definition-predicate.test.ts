import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const pairs = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

/**
 * "X is a Y and does Z": the definition is the noun phrase before a second predicate of the term;
 * a participle with "as" stays inside it, as does a clause like "the most it could hold".
 */
describe('a copula gloss ends where the term’s second predicate starts', () => {
	it.each([
		[
			'Diastolic pressure is the lower number in a blood pressure reading and shows the pressure between beats.',
			'the lower number in a blood pressure reading'
		],
		['Bitumen is a sticky black residue of crude oil and binds the stones of most road surfaces.', 'a sticky black residue of crude oil'],
		['The cambium is a thin layer of living cells under the bark and produced each new ring of wood.', 'a thin layer of living cells under the bark'],
		// "as" after a participle is a preposition: the gloss reads on past it.
		[
			'Apparent temperature is the warmth a body feels expressed as the reading on a thermometer in shade.',
			'the warmth a body feels expressed as the reading on a thermometer in shade'
		],
		[
			'Field capacity is the share of water a soil holds described as a fraction of its dry weight.',
			'the share of water a soil holds described as a fraction of its dry weight'
		],
		// "it could hold", "they can carry": a clause inside the noun phrase, not a second sentence.
		['Dead weight is the largest load of cargo they can carry on a given draught.', 'the largest load of cargo they can carry on a given draught']
	])('%s', (text, gloss) => {
		expect(pairs(text).map(([, g]) => g)).toContain(gloss);
	});

	it.each([
		// After a relative clause the verb after "and" may be the clause's own ("shoppers … get"): no cut.
		'A toll credit is a scheme in which drivers pay ahead and get a discount at the barrier.',
		// A gerund after "and" goes on describing the term: no cut.
		'A governor is the part of an engine that limits its speed, opening the valve and closing it again.'
	])('keeps the gloss whole or leaves it: %s', (text) => {
		for (const [, gloss] of pairs(text)) expect(gloss).not.toMatch(/^a scheme in which drivers pay ahead$|^the part of an engine that limits its speed$/);
	});
});
