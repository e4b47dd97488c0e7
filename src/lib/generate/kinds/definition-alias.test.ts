import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const pairs = (text: string) => factsOf(text, 'definition').map((f) => [f.answer, f.gloss]);

describe('a technical name given to an everyday phrase ("X, or Y,")', () => {
	it.each([
		['Hair loss, or alopecia, affected one patient in ten.', 'alopecia', 'hair loss'],
		['Low blood sugar, or hypoglycaemia, can cause shaking and confusion.', 'hypoglycaemia', 'low blood sugar'],
		["Within a decade the painting's fine cracks, or craquelure, had spread across the sky.", 'craquelure', 'fine cracks']
	])('%s', (text, term, gloss) => {
		expect(pairs(text)).toContainEqual([term, gloss]);
	});

	it('asks for the name by the everyday phrase, which the article does not "call" it', () => {
		const qs = questionsOf('Hair loss, or alopecia, affected one patient in ten during the trial.', 'definition');
		const asked = qs.find((q) => q.type === 'short_answer');
		expect(asked?.type === 'short_answer' && [asked.prompt, asked.answer]).toEqual(['What term does the article give for hair loss?', 'alopecia']);
	});

	it.each([
		'Tea, or coffee, is served after the talk.',
		'The plan, or at least its first stage, was approved in May.',
		'Two, or perhaps three, players will miss the match.',
		'Ringing in the ears, or tinnitus, is common after loud concerts.',
		'Visitors can take the ferry, or walk, to the island.'
	])('takes no choice, correction or cut phrase for a name: %s', (text) => {
		expect(pairs(text)).toEqual([]);
	});
});
