import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { capitalisedRuns, withText } from './names';

/** The capitalised runs of a sentence, as read for people (no joiners) and for places and bodies. */
const runs = (s: string, joiners: boolean) => withText(capitalisedRuns(tokenize(s), joiners), s).map((r) => r.text);

describe('a sentence’s first word, capitalised by its place', () => {
	// Each row: a sentence, and the first run it must give (for people and for places and bodies alike).
	const table: [string, string][] = [
		// An adverb, a connective or a comparative opening the sentence is no part of the name after it.
		['Later Ingrid Vos left the firm for a rival bank.', 'Ingrid Vos'],
		['Afterwards Marta Ilves resigned from the board.', 'Marta Ilves'],
		['Eventually Tomas Berg agreed to the terms.', 'Tomas Berg'],
		['Otherwise Kelo Amadi would have won the seat.', 'Kelo Amadi'],
		['Perhaps Daniel Osei will bowl first tomorrow.', 'Daniel Osei'],
		['Ultimately Halvorsen lost the final in three sets.', 'Halvorsen'],
		// Near misses: names that open a sentence keep their first word.
		['Adaeze Okafor won her first title on Saturday.', 'Adaeze Okafor'],
		['Frank Ilves resigned in March.', 'Frank Ilves'],
		['Will Hart scored twice in the second half.', 'Will Hart'],
		['British Airways cut flights to Lagos.', 'British Airways'],
		['Northern Rail said it would cut fares.', 'Northern Rail'],
		['New Zealand won the series by two matches.', 'New Zealand']
	];
	it.each(table)('%s', (sentence, first) => {
		expect(runs(sentence, false)[0]).toBe(first);
		expect(runs(sentence, true)[0]).toBe(first);
	});

	it('keeps a comparative that opens a place’s name', () => {
		expect(runs('Greater Manchester Police said the road would reopen.', true)[0]).toBe('Greater Manchester Police');
	});
});

describe('a given name whose second part is written small', () => {
	// Each row: a sentence, and the runs it must give for people.
	const table: [string, string[]][] = [
		['"It is only a first reading," said Dr Seo-yeon Baek, who led the survey.', ['Seo-yeon Baek']],
		['Ji-hoon Kim, the club captain, scored twice after the break.', ['Ji-hoon Kim']],
		['Jae-won Cho and Ana Ruiz signed the letter.', ['Jae-won Cho', 'Ana Ruiz']],
		// Near misses: an English word before the hyphen opens a compound, not a name.
		['Post-war Britain rebuilt its railways within a decade.', ['Britain']],
		['Later Ji-hoon Pyo of Jeju United went off injured.', ['Ji-hoon Pyo', 'Jeju United']]
	];
	it.each(table)('%s', (sentence, want) => {
		expect(runs(sentence, false).filter((r) => !['The', 'It'].includes(r))).toEqual(want);
	});
});
