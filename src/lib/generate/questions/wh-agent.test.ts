import { describe, expect, it } from 'vitest';
import { extractFacts } from '../facts';
import type { OrganisationFact, PersonFact } from '../facts/types';
import { splitSentences } from '../sentences';
import { whEntityQuestions } from './wh-entity';

/** The first wh prompt on the name `name` in `text`, or null. */
function nameQuestion(text: string, name: string): string | null {
	const sentences = splitSentences(text);
	const facts = extractFacts(sentences, { year: 2023, month: 11, day: 15 });
	const fact = facts.find((f): f is PersonFact | OrganisationFact => (f.kind === 'person' || f.kind === 'organisation') && f.text === name);
	if (!fact) throw new Error(`no ${name} in: ${text}`);
	return whEntityQuestions(fact, sentences[fact.sentence], facts)[0]?.question.prompt ?? null;
}

describe('"Which <role> …?" for a person named after a common-noun role', () => {
	it.each([
		['The grain merchant Pieter Hoogland kept a ledger of every sale.', 'Pieter Hoogland', 'Which grain merchant kept a ledger of every sale?'],
		['After the break, midfielder Sanna Roos scored twice in four minutes.', 'Sanna Roos', 'Which midfielder scored twice in four minutes?'],
		[
			'The veteran goalkeeper Ilse Brandt saved two penalties in the shoot-out.',
			'Ilse Brandt',
			'Which veteran goalkeeper saved two penalties in the shoot-out?'
		],
		[
			'The cellist Hanna Lindqvist, who trained in Oslo, opened the concert with three new sonatas.',
			'Hanna Lindqvist',
			'Which cellist opened the concert with three new sonatas?'
		],
		// A modifier capitalised only because it opens the sentence is asked in lower case.
		['Club president Marcus Ainsley confirmed the new stadium plans.', 'Marcus Ainsley', 'Which club president confirmed the new stadium plans?'],
		['Club secretary Ann Ward booked the coach for the final.', 'Ann Ward', 'Which club secretary booked the coach for the final?'],
		// A title in capitals is no role to ask by: "Who …?" as before.
		[
			'Engineer Hákon Bjarnason designed the drill at the Icelandic Meteorological Office.',
			'Hákon Bjarnason',
			'Who designed the drill at the Icelandic Meteorological Office?'
		],
		// Near misses: a pronoun left in the predicate, no clause opening before the role, a possessive, an object, two subjects.
		['The pumps failed at dawn, and engineer Tomas Krall restarted them by hand.', 'Tomas Krall', null],
		['Last spring the biologist Rosa Amari counted 312 nesting pairs on the island.', 'Rosa Amari', null],
		["Northfield's fast bowler Jack Pemberton was the pick of their attack.", 'Jack Pemberton', null],
		['Rovers brought on striker Jonah Pritchard at half-time.', 'Jonah Pritchard', null],
		['The coach and striker Liam Dorsey were sent off.', 'Liam Dorsey', null]
	])('%s', (text, name, expected) => {
		expect(nameQuestion(text, name)).toBe(expected);
	});
});

describe('the agent of a participle ("operated by", "analysed by")', () => {
	it.each([
		[
			'The pattern of deaths, analysed by the statistician William Farr, strengthened the case.',
			'William Farr',
			'Which statistician analysed the pattern of deaths?'
		],
		['The trial, funded by the Lomax Foundation, enrolled 900 patients.', 'Lomax Foundation', 'Which organisation funded the trial?'],
		['The report was written by the economist Clara Imhof.', 'Clara Imhof', 'Which economist wrote the report?'],
		// In the present the passive stays: "Which organisation operates …?" could claim a habit the article does not state.
		[
			'The heat source is a 48-megawatt data centre operated by Nordvik Data.',
			'Nordvik Data',
			'By which organisation is the 48-megawatt data centre operated?'
		],
		['The stadium is a concrete bowl owned by Westfield Council.', 'Westfield Council', 'By which organisation is the concrete bowl owned?'],
		// Near misses: a present main verb says nothing of when the design was; an irregular participle compromise cannot turn; words between the name and the comma.
		['The new stand, designed by the architect Mira Kallas, holds 8,000 spectators.', 'Mira Kallas', null],
		["The festival's children's area, run by the charity Play Out Loud, offered workshops.", 'Play Out Loud', null],
		['The bridge, built by the Harlan Steel Company in 1931, carried the main road until 1990.', 'Harlan Steel Company', null]
	])('%s', (text, name, expected) => {
		expect(nameQuestion(text, name)).toBe(expected);
	});
});
