import { describe, expect, it } from 'vitest';
import { extractFacts, type FactOf } from '../facts';
import { splitSentences } from '../sentences';
import { cardQuestions } from './cards';

/** The backs of a person's cards. */
const backsOf = (text: string, name: string) => {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, null);
	const fact = facts.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === name && f.text === name);
	if (!fact) throw new Error(`no person ${name}`);
	return cardQuestions(fact, sentences[fact.sentence], facts).map((c) => (c.question.type === 'flashcard' ? c.question.back : ''));
};

describe('a person’s back points at nothing the card does not show', () => {
	// Each row: a text, the person, and the backs of their cards.
	const table: [string, string, string[]][] = [
		['The director, Halvard Mette, keeps the cast moving around this awkward space with real skill. Mette has staged six plays here.', 'Halvard Mette', []],
		['The coach, Dana Pruitt, built these young players into a side that won the league. Pruitt joined in 2019.', 'Dana Pruitt', []],
		['The curator, Ilse Brandt, hung those early drawings in a room of their own. Brandt chose 40 works.', 'Ilse Brandt', []],
		['The architect, Mira Soll, designed this library for the university in 1998. Soll retired in 2010.', 'Mira Soll', []],
		// Near misses: no demonstrative, or a "this" of time.
		[
			'The director, Halvard Mette, keeps the cast moving around the cramped stage of the Quay Theatre with real skill. Mette has staged six plays here.',
			'Halvard Mette',
			['The director who keeps the cast moving around the cramped stage of the Quay Theatre with real skill']
		],
		['Sparta goalkeeper Mateusz Kral blocked a late shot this season.', 'Mateusz Kral', ['Sparta goalkeeper']],
		[
			'Odile Varga, the marine biologist who mapped the kelp forests of the Brask coast, retired this week. Varga said she would keep diving.',
			'Odile Varga',
			['The marine biologist who mapped the kelp forests of the Brask coast']
		],
		[
			'The architect, Mira Soll, designed the Harrow Library for the university in 1998. Soll retired in 2010.',
			'Mira Soll',
			['The architect who designed the Harrow Library for the university in 1998']
		]
	];
	it.each(table)('%s', (text, name, backs) => expect(backsOf(text, name)).toEqual(backs));
});
