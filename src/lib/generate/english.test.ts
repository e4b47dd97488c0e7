import { describe, expect, it } from 'vitest';
import { clauseRest, unresolvedPronoun } from './english';

describe('clauseRest: where a clause ends', () => {
	// Each row: a text, and the clause it opens with.
	const table: [string, string][] = [
		// A colon inside a time or a score ends nothing.
		['won the men’s race in 2:09 on a cold morning', 'won the men’s race in 2:09 on a cold morning'],
		['finished the marathon in 2:31:05, a course record', 'finished the marathon in 2:31:05'],
		['lost the tie 3:1 on aggregate; the coach resigned', 'lost the tie 3:1 on aggregate'],
		['left the pad at 9:14 local time (07:14 GMT)', 'left the pad at 9:14 local time '],
		// A colon before words or a number after a space still ends the clause.
		['gave one reason: the pumps had failed', 'gave one reason'],
		['listed the results: 12 teams, 40 matches', 'listed the results'],
		// Other ends are as before: a semicolon, a dash, a comma before a lower-case word.
		['the bridge opened in 1998; it cost 40 million', 'the bridge opened in 1998'],
		['the plant closed in May, which cost 300 jobs', 'the plant closed in May']
	];
	it.each(table)('%s', (text, clause) => {
		expect(clauseRest(text)).toBe(clause);
	});
});

describe('unresolvedPronoun: a possessive in an opening phrase', () => {
	it.each([
		'By his own count, kept in six leather notebooks, Amos Trell mended ____ church bells.',
		'In her first season, Ana Ruiz scored ____ goals.',
		'On his return from the Antarctic, Elias Brand gave ____ lectures.'
	])('points ahead to the name the main clause opens on: %s', (text) => expect(unresolvedPronoun(text)).toBe(false));

	it.each([
		// A phrase of time around an event: "his" is as often someone named before.
		'After his death, Mary Okafor sold ____ acres.',
		// No name opens the main clause.
		'In his first season, the club scored ____ goals.',
		// A subject pronoun in the opener means someone named before.
		'By the time he left, Ana Ruiz had scored ____ goals.'
	])('still leans on a sentence before: %s', (text) => expect(unresolvedPronoun(text)).toBe(true));
});
