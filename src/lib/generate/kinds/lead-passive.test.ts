import { describe, expect, it } from 'vitest';
import { questionsOf } from './test-helpers';

/** Passive leads of my own that give a person a role or a thing: the "Who …?" question and its typed key, or null where none reads cleanly. */
const TABLE: [register: string, lead: string, prompt: string | null, key: string | null][] = [
	[
		'election, with the party after the name ',
		'Grace Adeyemi of the Dunmere Greens was elected mayor of Dunmere late on Thursday, ending twelve years of Labour control.',
		'Who was elected mayor of Dunmere?',
		'Grace Adeyemi'
	],
	[
		'science prize, a perfect passive',
		'Tomas Lindqvist of the Karolinska Institute has been awarded the Arrhenius Medal for his work on ion channels.',
		'Who has been awarded the Arrhenius Medal?',
		'Tomas Lindqvist'
	],
	[
		'business appointment, apposition and attribution',
		'Oskar Lind, a former finance director at Brannock Steel, was appointed chief executive of Halvor Ferries on Monday, the company said.',
		'Who was appointed chief executive of Halvor Ferries?',
		'Oskar Lind'
	],
	// Near-misses, which must give no "Who …?" question.
	[
		'court, an adjective and its noun',
		'Jonas Berg was found guilty of fraud at Kesterford Crown Court on Tuesday.',
		'Who was found guilty of fraud?',
		'Jonas Berg'
	],
	['an adjective alone after the participle', 'Jonas Berg was found dead at his flat in Kesterford on Tuesday.', null, null],
	['a preposition after the participle', 'Aurelia Vance was born in Seattle in 1941.', null, null],
	['a denied passive', 'Grace Adeyemi was not re-elected leader of the council.', null, null],
	['a thing, not a person', 'The Kelpie Bridge was named the county’s best new building.', null, null],
	['a person who did something (active)', 'Grace Adeyemi defeated the sitting mayor by 1,204 votes.', null, null],
	['a relative clause holds the passive', 'Grace Adeyemi, who was elected mayor in 2019, has resigned over a planning row.', null, null]
];

describe('a passive lead that gives a person a role or a thing', () => {
	it.each(TABLE)('%s', (_, text, prompt, key) => {
		const qs = questionsOf(text, 'lead').filter((q) => q.prompt.startsWith('Who '));
		const typed = qs.find((q) => q.type === 'short_answer');
		expect(typed?.prompt ?? null).toBe(prompt);
		expect(typed?.type === 'short_answer' ? typed.answer : null).toBe(key);
	});

	it('leaves a sport award to the outcome kind, which asks it once', () => {
		const text = 'Nadia Brel was named the tournament’s best player after the final in Lyon on Sunday.';
		expect(questionsOf(text, 'lead').filter((q) => q.prompt.startsWith('Who '))).toEqual([]);
		const typed = questionsOf(text, 'outcome').find((q) => q.type === 'short_answer');
		expect(typed?.type === 'short_answer' && [typed.prompt, typed.answer]).toEqual(['Who was named the tournament’s best player?', 'Nadia Brel']);
	});

	it('keeps the affiliation on the card’s back', () => {
		const card = questionsOf('Maria Oduya of the Dunmere Greens was elected mayor of Dunmere on Thursday.', 'lead').find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && card.back).toBe('Maria Oduya of the Dunmere Greens');
	});
});
