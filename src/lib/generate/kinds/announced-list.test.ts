import { describe, expect, it } from 'vitest';
import { cardOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'announced');

describe('lists announced by a colon', () => {
	it.each([
		[
			'Several products are exempt: milk and other dairy drinks, infant formula, and medical nutrition products.',
			'Which products are exempt?',
			'Milk and other dairy drinks, infant formula, and medical nutrition products'
		],
		['Three players were sent off: Okafor, Lindqvist and Moreau.', 'Which three players were sent off?', 'Okafor, Lindqvist and Moreau'],
		[
			'Several parts of the dam are now under close watch: the outlet valve, the lower gallery and the spillway wall.',
			'Which parts of the dam are now under close watch?',
			'The outlet valve, the lower gallery and the spillway wall'
		],
		[
			'Two things stand out: the price of the tickets and the length of the queue.',
			'Which two things stand out?',
			'The price of the tickets and the length of the queue'
		],
		[
			'Some species are more vulnerable than others: corals, sea turtles and seabirds.',
			'Which species are more vulnerable than others?',
			'Corals, sea turtles and seabirds'
		],
		[
			"The museum's new wing has three galleries: one for textiles, one for ceramics, and one for prints.",
			"What three galleries does the museum's new wing have?",
			'One for textiles, one for ceramics, and one for prints'
		]
	])('asks the announcing clause of %s', (text, prompt, back) => {
		expect(card(text)).toEqual([prompt, back]);
	});

	it('names the "it" that announces the list from the sentence before', () => {
		expect(
			card('The inquiry report was published in March. It lists two causal factors: the failure to stress the new rail, and the loss of the follow-up job.')
		).toEqual(['What two causal factors does the inquiry report list?', 'The failure to stress the new rail, and the loss of the follow-up job']);
	});

	it.each([
		// a count the list does not match
		'The review panel made four recommendations: close the old wing, hire more nurses, and publish waiting times.',
		// one item, not a list
		'The answer was simple: build a bigger dam.',
		// a quotation
		'He said: "We will win this, and then the league."',
		// a subject that is a clause of its own
		'Residents who complained listed several problems: noise, dust and blocked driveways.',
		// a sentence after the colon, not a list
		'The note read: meet me at the station at noon.',
		// nothing counted before the colon
		'The silo is a thermal battery: a store that takes in electricity, keeps it as heat, and releases it.'
	])('leaves alone %s', (text) => {
		expect(card(text)).toBeNull();
	});

	it('asks no typed answer: a list typed back would have to match its order', () => {
		expect(questionsOf('Three players were sent off: Okafor, Lindqvist and Moreau.', 'announced').map((q) => q.type)).toEqual(['flashcard']);
	});
});
