import { describe, expect, it } from 'vitest';
import { clauseRest } from './english';

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
