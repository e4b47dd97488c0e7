import { describe, expect, it } from 'vitest';
import { INCIDENTAL_RULES, prominent, timesNamed } from './incidental';
import type { Candidate } from './questions';
import { acceptedBy, judged } from './side-details-judged';

const weightsOf = (all: ReturnType<typeof judged>, answer: string, keep: (c: Candidate) => boolean = () => true) =>
	new Set(all.filter((j) => j.c.fact.answer === answer && keep(j.c)).map((j) => j.weight));

describe('how often and where a name is written', () => {
	it('counts a name by its last word, and calls a name in the lead prominent', () => {
		const text = 'Dr. Aaron Feld spoke first. Feld later left.';
		expect(timesNamed('Aaron Feld', text)).toBe(2);
		expect(prominent('Mira Holt', { text: 'Mira Holt won.', mentions: new Map(), lead: 'Mira Holt won.' })).toBe(true);
		expect(prominent('Mira Holt', { text: 'x Mira Holt won.', mentions: new Map(), lead: 'The race ended.' })).toBe(false);
	});
});

describe('incidental people', () => {
	const title = 'Harlow council votes to close the Dunmore landfill';
	const body = [
		'The Harlow council voted on Monday to close the Dunmore landfill by 2027, after residents complained about the smell for a decade.',
		'“The smell reached the school every summer,” said Dana Reyes, an analyst at Halden Securities.',
		'Dr. Aaron Feld, a doctor at Mount Sinai Hospital in Toronto who was not involved in the vote, called it overdue.',
		'The landfill takes about 90,000 tonnes of household waste a year from Harlow and four nearby towns.'
	].join(' ');
	const all = judged(title, body);

	it('never asks what a source quoted once is', () => {
		const roles = all.filter((j) => j.c.fact.kind === 'person' && j.c.facet === 'role');
		expect(roles.length).toBeGreaterThan(0);
		expect(roles.every((j) => j.weight === 'trivial')).toBe(true);
	});

	it('never asks where a source works, nor the city of the employer', () => {
		expect(weightsOf(all, 'Halden Securities')).toEqual(new Set(['trivial']));
		expect(weightsOf(all, 'Toronto')).toEqual(new Set(['trivial']));
	});

	it('asks what an actor named once is: the subject of the story’s events is no source', () => {
		const actor = judged(title, 'The talks in Harlow were led by Count Pieter Vos, the chief negotiator of the county, who reached a deal with both towns.');
		const roles = actor.filter((j) => j.c.fact.kind === 'person' && j.c.facet === 'role' && j.c.form !== 'card');
		expect(roles.some((j) => j.name !== 'what a source named once is')).toBe(true);
		expect(actor.every((j) => j.name !== 'what a source named once is')).toBe(true);
	});
});

describe('incidental places and figures', () => {
	it('calls a place named once, outside the lead, minor, and one the article repeats worth asking', () => {
		const all = judged(
			'Floods close the Corby road',
			'Floods closed the main road to Corby on Monday. Engineers inspected the bridge near Corby on Tuesday, and pupils from Barreiro helped clear the mud.'
		);
		expect(weightsOf(all, 'Barreiro', (c) => c.form !== 'statement')).toEqual(new Set(['minor']));
		expect(weightsOf(all, 'Corby').has('minor')).toBe(false);
	});

	it('never asks the home city of a company', () => {
		const all = judged('Ports race for ships', 'Ships now call at Varnholm every week. The carrier Nordhavn Lines, based in Aarhus, added calls in May.');
		expect(weightsOf(all, 'Aarhus')).toEqual(new Set(['trivial']));
	});

	it('never asks a conversion of the figure before it', () => {
		const all = judged('Storm aid released', 'The government has released 250 million pesos, about $4.5 million, in emergency funds for the province.');
		expect(weightsOf(all, '$4.5 million')).toEqual(new Set(['trivial']));
		expect(weightsOf(all, '250 million').has('trivial')).toBe(false);
	});

	it('never asks years counted to the day of writing', () => {
		const all = judged('Rovers win the cup', 'Rovers won the cup on Saturday. It was their first title in 40 years, and the crowd stayed for an hour.');
		expect(weightsOf(all, '40')).toEqual(new Set(['trivial']));
	});

	it('never asks how long a part of an event lasted, outside the lead', () => {
		const all = judged('Rovers win the cup', 'Rovers won the cup final 2-1 on Saturday. The opening 45 minutes offered few chances for either side.');
		expect(weightsOf(all, '45')).toEqual(new Set(['trivial']));
	});
});

describe('the close of an obituary', () => {
	it('never asks the subject’s family or late life', () => {
		const all = judged(
			'Ingrid Salvesen, bridge engineer, dies at 91',
			'Ingrid Salvesen, whose wind tunnel tests changed the way long bridges are designed, has died at 91. She led the wind laboratory in Trondheim for four decades. Salvesen married Per Lunde, a doctor, in 1959; he died in 2010. After she retired in 1998, she taught sailing to children in Bergen.'
		);
		expect(weightsOf(all, '1959')).toEqual(new Set(['trivial']));
		expect(weightsOf(all, 'four').has('trivial')).toBe(false);
		expect([...all.filter((j) => j.c.sentence.text.startsWith('After she retired'))].every((j) => j.weight === 'trivial')).toBe(true);
	});
});

describe('when someone died', () => {
	const rule = INCIDENTAL_RULES.find((r) => r.name === 'when someone died');
	const lead = 'The Orrin Valley canal reopened to boats on Saturday after a restoration that took eleven years.';
	it.each([
		['Marta Quell, who surveyed the canal in the 1960s, died in 1998.', '1998', true],
		['The lock keeper, Amos Tregear, died of pneumonia in 1879.', '1879', true],
		['Its first engineer resigned in 1791 and died in poverty in 1806.', '1806', true],
		['Its first engineer resigned in 1791 and died in poverty in 1806.', '1791', false],
		['The canal was opened in 1794 by a company of local mill owners.', '1794', false],
		['In 1902 a boy died in the lock, and the company fenced it.', '1902', false]
	])('%s → %s: %s', (sentence, answer, struck) => {
		expect(rule).toBeDefined();
		expect(acceptedBy(rule!, 'Orrin Valley canal reopens', `${lead} ${sentence}`).has(answer)).toBe(struck);
	});

	it('leaves the death the lead reports', () => {
		expect(
			acceptedBy(
				rule!,
				'Lock keeper dies',
				'Amos Tregear, the last lock keeper of the Orrin Valley canal, died in 1998. He kept the lock for forty years.'
			).has('1998')
		).toBe(false);
	});
});

describe('the headline’s own subject', () => {
	const body = 'Trams stopped across the city on Monday. A bogie is the frame under a rail vehicle that carries the wheels, the axles and the brakes.';
	const asksTerm = (all: ReturnType<typeof judged>) => all.filter((j) => j.c.fact.kind === 'definition' && j.c.question.type === 'short_answer');

	it('never asks for the term the headline is about', () => {
		const terms = asksTerm(judged('A worn bogie stopped the trams', body));
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.every((j) => j.weight === 'trivial')).toBe(true);
	});

	it('asks for a term the headline does not name', () => {
		const terms = asksTerm(judged('Trams stop across the city', body));
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.every((j) => j.weight === null)).toBe(true);
	});
});
