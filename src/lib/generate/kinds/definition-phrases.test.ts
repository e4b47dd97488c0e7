import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** The definitions a text gives, as [term, gloss]. */
const defined = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

describe('the thing a name is given, said so a learner can pick it out', () => {
	// Each row: a text, and the [term, gloss] it must give.
	const table: [string, [string, string]][] = [
		// The clause around a thing after a preposition comes with it.
		[
			'Glaciers grind bedrock into a fine powder called glacial flour, which settles on the lake bed.',
			['glacial flour', 'the fine powder that glaciers grind bedrock into']
		],
		['Millers turn the husks into a coarse meal known as bran cake.', ['bran cake', 'the coarse meal that millers turn the husks into']],
		// A subject named in apposition takes its predicate, and loses the capital of the sentence's start.
		[
			'Large new sewers, called intercepting sewers, were laid roughly parallel to the Thames on both banks.',
			['intercepting sewers', 'the large new sewers that were laid roughly parallel to the Thames on both banks']
		],
		[
			'Small floating stations, known as drift buoys, are released from ships every spring.',
			['drift buoys', 'the small floating stations that are released from ships every spring']
		],
		// Near misses: a thing after a verb, or a subject whose sentence goes on past a comma, stays as it is.
		['The pump moves a special fluid, called a coolant, around a loop of copper pipes.', ['coolant', 'the special fluid']],
		['Thin steel rods, called tendons, hold the deck in place, and engineers test them yearly.', ['tendons', 'the thin steel rods']]
	];
	it.each(table)('%s', (text, pair) => {
		expect(defined(text)).toContainEqual(pair);
	});
});

describe('a term is a whole hyphened noun, and never the end of a relative clause', () => {
	it.each([
		['The back-up boiler, a 15-megawatt electric unit, can meet the winter peak on its own.', 'back-up boiler'],
		['The so-called cold store, a cave cut into the hill, keeps food fresh all year.', 'so-called cold store'],
		['The drop-off point, a gravel yard beside the depot, opens at six.', 'drop-off point']
	])('%s', (text, term) => {
		expect(defined(text).map(([t]) => t)).toContain(term);
	});

	it.each([
		"In the doubles final, which was played before the singles, the Czech-Australian pair of Tereza Novotná and Grace O'Malley beat Americans Jordan Li and Sasha Brennan 6-3.",
		'At the depot, where the buses are kept, the night shift, a crew of twelve, cleans every vehicle.',
		'The report, which the board published before the vote, the latest in a series, blamed the contractor.'
	])('%s', (text) => {
		expect(defined(text).map(([t]) => t)).not.toContain('singles');
		expect(defined(text).map(([t]) => t)).not.toContain('vote');
	});
});

describe('words before a named thing that are no clause stay out of its gloss', () => {
	it.each([
		'But in a minority, known as refractory chronic cough, the cough continues after treatment.',
		'Yet in the hardest cases, known as brittle asthma, attacks come without warning.'
	])('%s', (text) => {
		for (const [, gloss] of defined(text)) expect(gloss).not.toMatch(/\b(?:but|yet) in\b/i);
	});
});

describe('a hyphened name is no term', () => {
	it('takes no person for a term when the surname is hyphened', () => {
		const text = 'Owen Takahara-Bell, an independent reliability consultant, reviewed the report. Takahara-Bell said it was candid.';
		expect(defined(text).map(([t]) => t)).not.toContain('Owen Takahara-Bell');
	});
});
