import { describe, expect, it } from 'vitest';
import type { Candidate } from './questions';
import { judged, onAnswer } from './side-details-judged';

/** The rule names that judge the candidates on an answer (null for a candidate no rule judges). */
const rulesOn = (all: ReturnType<typeof judged>, answer: string, keep: (c: Candidate) => boolean = () => true) =>
	new Set(onAnswer(all, answer, keep).map((j) => j.name));

describe('incidental names by their role in the sentence', () => {
	const title = 'Tarvel City win the Northern Cup';
	const body = [
		'Tarvel City won the Northern Cup on Saturday, beating Ostrow Rovers 2-1 in the final at Helm Park.',
		'Mika Salo scored the winner in the 88th minute, curling a shot past goalkeeper Jonas Brandt from the edge of the area.',
		'Salo, who joined from Vessel Athletic last summer, has now scored in every round.',
		'The match was refereed by Paul Ingram, and City had 11 corners to Rovers’ three.',
		'A report released by the Kelmar Institute found that attendance rose by a fifth this season.',
		'Helm Park opened in 1931 and has staged every final since.',
		'A record crowd of 41,000 watched the final.',
		'Shares in the club’s owner closed at $12.57, and supporters sent 340 letters asking for a larger away allocation.'
	].join(' ');
	const all = judged(title, body);

	it('drops the keeper a shot went past, the club a player came from and the body that put out a report', () => {
		expect(rulesOn(all, 'Jonas Brandt')).toEqual(new Set(['the goalkeeper a shot went past']));
		expect([...rulesOn(all, 'Vessel Athletic')].every((n) => n !== null)).toBe(true);
		expect(rulesOn(all, 'Vessel Athletic').has('the club or employer someone came from')).toBe(true);
		expect(rulesOn(all, 'Kelmar Institute').has('the body that released a report')).toBe(true);
	});

	it('drops counts of corners and letters, a share price to the cent and the year a stadium opened', () => {
		expect(rulesOn(all, '11').has('a count of shots, corners, letters or possession')).toBe(true);
		expect(rulesOn(all, '340').has('a count of shots, corners, letters or possession')).toBe(true);
		expect(rulesOn(all, '$12.57').has('a share price to the cent')).toBe(true);
		expect(rulesOn(all, '1931').has('the year something opened, outside the lead')).toBe(true);
	});

	it('still asks the winner and the score', () => {
		expect(rulesOn(all, 'Tarvel City')).toEqual(new Set([null]));
		expect(rulesOn(all, '2-1').has('a vote tally')).toBe(false);
		expect(rulesOn(all, '2-1').has('a count of shots, corners, letters or possession')).toBe(false);
	});
});

describe('a referee named by title, and a vote tally', () => {
	const all = judged(
		'Dorrin council approves tram extension',
		['Dorrin council approved the tram extension on Tuesday by 31 votes to 12.', 'Referee Anna Kowal sent off two players in the derby that followed.'].join(
			' '
		)
	);
	it('drops both', () => {
		expect(rulesOn(all, '31').has('a vote tally')).toBe(true);
		expect(rulesOn(all, 'Anna Kowal').has('a referee or other match official')).toBe(true);
	});
});

describe('small counts and side figures', () => {
	const all = judged(
		'Brightwell and Osk merge',
		[
			'Brightwell and Osk agreed to merge on Monday, creating the largest grocer in the region.',
			'The deal joins the two companies, which together employ 14,000 people.',
			'After the railway was closed for six weeks, the new line carried 2.4 million passengers in its first year.',
			'The clinic network treated 9,000 patients with 14 partner clinics.'
		].join(' ')
	);
	it('never blanks a small count the prompt already makes plain', () => {
		expect(rulesOn(all, 'two').has('a small count the prompt already makes plain')).toBe(true);
	});
	it('never makes a true/false statement on a figure in a prepositional part', () => {
		const statement = (c: Candidate) => c.form === 'statement';
		const weeks = all.filter((j) => j.c.fact.answer === 'six' && statement(j.c));
		const clinics = all.filter((j) => j.c.fact.answer === '14' && statement(j.c));
		for (const j of [...weeks, ...clinics]) expect(j.weight).toBe('trivial');
		expect(weeks.length + clinics.length).toBeGreaterThan(0);
		// The main figure stays askable as a statement.
		const main = all.filter((j) => j.c.fact.answer === '9,000' && statement(j.c));
		for (const j of main) expect(j.name).not.toBe('a side figure in a true/false statement');
	});
});

describe('a change and the level it reaches are no vote tally', () => {
	const all = judged(
		'Harlow sets its budget',
		[
			'Harlow council set its budget on Thursday night.',
			'Spending on schools will climb by 6 percent to 48.2 million pounds next year.',
			'Parking fees go up by £2 to 14 pounds a day.',
			'The plan passed by 40 votes to 9 after a long debate.'
		].join(' ')
	);
	it('calls the change and the new level no tally, and the count of votes one', () => {
		expect(rulesOn(all, '6 percent').has('a vote tally')).toBe(false);
		expect(rulesOn(all, '£2').has('a vote tally')).toBe(false);
		expect(rulesOn(all, '40').has('a vote tally')).toBe(true);
	});
});
