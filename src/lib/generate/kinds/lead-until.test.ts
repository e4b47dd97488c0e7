import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** Leads of my own with a denied verb held back to a time: the "When …?" question and its typed key, or null. */
const WHEN: [register: string, lead: string, prompt: string | null, key: string | null][] = [
	[
		'transport, future',
		'The Marlow orbital railway will not carry passengers until March 2027, eight months later than planned, officials said on Monday.',
		'When will the Marlow orbital railway carry passengers?',
		'March 2027'
	],
	[
		'health, a season and year',
		'The new hospital wing will not open until spring 2027, health officials said.',
		'When will the new hospital wing open?',
		'spring 2027'
	],
	['history, a passive', 'The cathedral at Hollin was not completed until 1871.', 'When was the cathedral at Hollin completed?', '1871'],
	['news, past, a date', 'The Ouse bridge did not reopen until 14 March, three weeks after the flood.', 'When did the Ouse bridge reopen?', '14 March'],
	// Near-misses.
	['a condition, not a time', 'The museum will not reopen until the council approves new funding.', null, null],
	['a denial with no "until"', 'The ferry could not dock because a storm had damaged the pier.', null, null],
	['a contraction does not invert', 'Shops in Marlow won’t open until 10 March.', null, null],
	['no denial: "until" ends a span', 'The Marlow orbital railway will carry freight until March 2027.', null, null]
];

/** Leads of my own with a second predicate whose object is a sum: the "How much …?" card, or null. */
const HOW_MUCH: [register: string, lead: string, prompt: string | null, back: string | null][] = [
	[
		'transport, beside a delay',
		'The Marlow orbital railway will not carry passengers until March 2027 and will cost £812 million, officials said.',
		'How much will the Marlow orbital railway cost?',
		'The Marlow orbital railway will cost £812 million'
	],
	[
		'council, after an approval',
		'The Marlow county council has approved a new bypass around Eddington and will spend £40 million on it.',
		'How much will the Marlow county council spend?',
		'The Marlow county council will spend £40 million'
	],
	[
		'business, past tense',
		'Kessel Foods opened three new factories in Poland and raised $2.1 billion from investors.',
		'How much did Kessel Foods raise?',
		'Kessel Foods raised $2.1 billion'
	],
	// Near-misses.
	['a difference, not a sum', 'The Marlow county council has approved a new bypass and will pay £3 more per household.', null, null],
	['no sum after the second verb', 'The Marlow county council has approved a new bypass and will start work in May.', null, null],
	['a sum in the main clause is the object, not a second claim', 'The Marlow county council has approved £40 million for a new bypass.', null, null]
];

describe('a lead held back to a time or joined to a sum', () => {
	it.each(WHEN)('%s', (_, text, prompt, key) => {
		const typed = questionsOf(text, 'lead').find((q) => q.type === 'short_answer' && q.prompt.startsWith('When '));
		expect(typed?.prompt ?? null).toBe(prompt);
		expect(typed?.type === 'short_answer' ? typed.answer : null).toBe(key);
	});

	it.each(HOW_MUCH)('%s', (_, text, prompt, back) => {
		const card = questionsOf(text, 'lead').find((q) => q.type === 'flashcard' && q.prompt.startsWith('How much '));
		expect(card?.prompt ?? null).toBe(prompt);
		expect(card?.type === 'flashcard' ? card.back : null).toBe(back);
	});
});
