import { describe, expect, it } from 'vitest';
import { judged, onAnswer } from './side-details-judged';
import { WHOLE_RULES } from './side-details-whole';

const WHOLE = WHOLE_RULES[0].name;

/** The rule names the candidates on `answer` meet, in an article of one lead and the sentence. */
function rulesOn(sentence: string, answer: string): (string | null)[] {
	const lead = 'The Ardley county council approved its budget on Monday after a four-hour debate.';
	return onAnswer(judged('Ardley budget passes', `${lead} ${sentence}`), answer, (c) => c.fact.kind !== 'date').map((j) => j.name);
}

describe('the whole a part is counted out of', () => {
	it.each([
		['the seats a party holds', 'The ruling group kept 23 of its 40 seats on the council.', '40'],
		['the years a firm lost money in', 'Accounts show the bus company lost money in three of the seven years before the sale.', 'seven'],
		['one of several places', 'Residents can collect a permit at one of nine libraries in the county.', 'nine'],
		['shots out of attempts', 'The visitors scored 14 out of 19 penalties in the season.', '19'],
		['a hedge before the whole', 'Inspectors failed 12 of the about 30 bridges they checked.', '30'],
		['a part in words', 'Only two of the eleven candidates spoke at the hustings.', 'eleven']
	])('is found in %s', (_, sentence, answer) => {
		expect(rulesOn(sentence, answer)).toContain(WHOLE);
	});

	it.each([
		['a count with no part before it', 'The ruling group now holds 23 seats after two by-elections.', '23'],
		['a share of a total', 'About 18 percent of the budget goes on roads.', '18 percent'],
		['an amount after "of"', 'The council approved a budget of 412 million pounds for next year.', '412 million'],
		['a count of something named after "of"', 'A group of 35 residents handed in a petition.', '35']
	])('is not found in %s', (_, sentence, answer) => {
		expect(rulesOn(sentence, answer)).not.toContain(WHOLE);
	});

	it('is not found in the lead', () => {
		const all = judged('Greens hold the council', 'The Greens won 31 of the 52 seats on Thursday. Turnout was higher than before.');
		expect(onAnswer(all, '52').map((j) => j.name)).not.toContain(WHOLE);
	});
});
