import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { definiteNames } from './references-bodies';
import { splitSentences } from './sentences';

/** The names the article gives a vague head ("the city", "the firm"). */
const namesOf = (text: string, head: string) => [...(definiteNames(extractFacts(splitSentences(text), null), text).get(head) ?? [])];

describe('a name in apposition gives a head its name only when the head ends the phrase', () => {
	// Each row: a text, a head, and the names it must be given.
	const table: [string, string, string[]][] = [
		// The head only modifies the noun the name is: "the city’s transport chief" is Hale, not the city.
		['Tom Hale, the city’s transport chief, said the trams would arrive in 2026.', 'city', []],
		['Ana Lind, the company’s finance director, left in March.', 'company', []],
		['Ivo Sand, the club captain, scored twice.', 'club', []],
		['Marta Ilves, the council leader, resigned on Monday.', 'council', []],
		// The head ends the phrase: the name is the city, the firm, the club.
		['Brennmouth, the city that built the first tram line, voted on Monday.', 'city', ['Brennmouth']],
		['Harlow Foods, the firm behind the bread, lost money in 2023.', 'firm', ['Harlow Foods']],
		['Dunmore Rovers, the club, was sold in 2019.', 'club', ['Dunmore Rovers']],
		['Velo Systems, a small firm in Tallinn, makes the app.', 'firm', ['Velo Systems']]
	];
	it.each(table)('%s', (text, head, names) => {
		expect(namesOf(text, head)).toEqual(names);
	});
});
