import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const pairs = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

describe('a term defined with the verb "define"', () => {
	it.each([
		[
			'The authors frame their results around a "grazing gap", which they define as the difference between the grass a field could grow and the grass it grows under sheep.',
			'grazing gap',
			'the difference between the grass a field could grow and the grass it grows under sheep'
		],
		[
			'Engineers measure wear by tracking creep, which the standard defines as the slow stretching of a metal held under a steady load.',
			'creep',
			'the slow stretching of a metal held under a steady load'
		],
		[
			'A flash drought is defined as a sharp fall in soil moisture over two or three weeks, and it can ruin a harvest.',
			'flash drought',
			'a sharp fall in soil moisture over two or three weeks'
		],
		[
			'Heatwaves are usually defined as three or more days in a row above the local summer average.',
			'Heatwaves',
			'three or more days in a row above the local summer average'
		],
		[
			'The weather service defines a “cold snap” as any week in which nightly lows stay below minus ten degrees.',
			'cold snap',
			'any week in which nightly lows stay below minus ten degrees'
		],
		[
			'Hospital managers define bed blocking as keeping a patient on a ward after they are fit to leave; the practice costs millions.',
			'bed blocking',
			'keeping a patient on a ward after they are fit to leave'
		]
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it('asks for the term by its definition, and makes a card from it', () => {
		const qs = questionsOf('The survey counts a "wet year", which it defines as a year with more than a metre of rain at the harbour gauge.', 'definition');
		const asked = qs.find((q) => q.type === 'short_answer');
		expect(asked?.type === 'short_answer' && [asked.prompt, asked.answer]).toEqual([
			'What does the article call a year with more than a metre of rain at the harbour gauge?',
			'wet year'
		]);
		expect(qs.some((q) => q.type === 'flashcard' && q.prompt === 'Wet year')).toBe(true);
	});

	it.each([
		'The club defines itself as a place where anyone can learn to row.',
		'She defined them as friends rather than rivals.',
		'“We defined success as getting every child home safely,” the head teacher said.',
		'The results were defined as promising by the review panel.'
	])('takes no pronoun, quotation or verb for a definition: %s', (text) => {
		expect(pairs(text).filter(([term]) => /itself|them|success|results/.test(term))).toEqual([]);
	});
});
