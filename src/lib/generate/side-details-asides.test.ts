import { describe, expect, it } from 'vitest';
import { judged, onAnswer } from './side-details-judged';

/** Whether some candidate on the answer is judged by the named rule. */
const judgedBy = (all: ReturnType<typeof judged>, answer: string, rule: string) => onAnswer(all, answer).some((j) => j.name === rule);

describe('side details in the asides of a story', () => {
	const title = 'Flood closes the Marrow valley railway';
	const body = [
		'A flood closed the Marrow valley railway on Tuesday after the river burst its banks near Calder.',
		'The line stayed closed for 11 days while engineers rebuilt the embankment.',
		'The new retaining wall used 42,000 bricks.',
		'The original viaduct was ceremonially opened in 1874 by Edith Crane, the county’s first mayor.',
		'Hydrologists at the valley station took 360 readings of the river level during the flood.',
		'Tomas Berger, a signalman, had worked on the line for 31 years.',
		'The authority will monitor the embankment from 2027.',
		'Water levels are expected to fall by the weekend.'
	].join(' ');
	const all = judged(title, body);

	it('drops how long the line stayed closed, the bricks, the ceremony, the readings, the years worked and when monitoring starts', () => {
		expect(judgedBy(all, '11', 'how long something stayed closed afterwards')).toBe(true);
		expect(judgedBy(all, '42,000', 'how many pieces a thing was built from')).toBe(true);
		expect(judgedBy(all, 'Edith Crane', 'who opened something, and when')).toBe(true);
		// The year it opened is judged first by the older rule on opening years.
		expect(onAnswer(all, '1874').every((j) => j.weight === 'trivial')).toBe(true);
		expect(judgedBy(all, '360', 'how many measurements a study took')).toBe(true);
		expect(judgedBy(all, '31', 'how long someone had worked')).toBe(true);
		expect(judgedBy(all, '2027', 'when a later plan starts')).toBe(true);
	});

	it('keeps the event of the lead', () => {
		expect(onAnswer(all, 'Calder').some((j) => j.name === 'who opened something, and when' || j.name === 'how long something stayed closed afterwards')).toBe(
			false
		);
	});
});

describe('side details of matches, firms and markets', () => {
	const title = 'Harrow Town reach the Shield final';
	const body = [
		'Harrow Town reached the Shield final on Saturday by beating Eastfield 3-1 at Copper Lane.',
		'Dana Okoro scored the third with a shot from 30 yards.',
		'The sides last met in the 2011 final, which Eastfield won.',
		'The club’s owner, Velden Group, said its Velden Leisure Division had sponsored the cup run.',
		'The Kessel index fell 1.2 percent on the day.',
		'The council gave $40,000 to the club, of which $12,000 went to the youth academy.',
		'One steward at the ground counted 480 fans in the away end.'
	].join(' ');
	const all = judged(title, body);

	it('drops the distance of a shot, an old final, a division’s name, the index, a share of a split and what one steward did', () => {
		expect(judgedBy(all, '30', 'the distance of a shot')).toBe(true);
		expect(judgedBy(all, '2011', 'an earlier meeting of the same sides')).toBe(true);
		expect(judgedBy(all, 'Velden Leisure Division', 'the name of a division of a firm')).toBe(true);
		expect(judgedBy(all, '1.2 percent', 'a market index’s move that day')).toBe(true);
		expect(judgedBy(all, '$12,000', 'one share of a split sum')).toBe(true);
		expect(judgedBy(all, '$40,000', 'one share of a split sum')).toBe(false);
		expect(judgedBy(all, '480', 'what one passer-by did')).toBe(true);
	});
});

describe('a benchmark for something is no market index', () => {
	const all = judged(
		'Dunmere raises its rates',
		[
			'Dunmere council raised its rates on Wednesday.',
			'For a flat in the middle band, the one used as a benchmark for household charges, the bill goes up to 1,420 pounds.',
			'The benchmark index slipped 0.8 percent after the vote.'
		].join(' ')
	);
	it('asks the bill but not the index’s move', () => {
		expect(judgedBy(all, '1,420', 'a market index’s move that day')).toBe(false);
		expect(judgedBy(all, '0.8 percent', 'a market index’s move that day')).toBe(true);
	});
});

describe('a part named before the whole is no share of a split sum', () => {
	const all = judged(
		'Orlan buys Pesk',
		[
			'Orlan agreed on Monday to buy Pesk, a maker of garden tools.',
			'Including $90 million of Pesk debt, the deal values the company at about $610 million.',
			'Counting about €2 million of grants, the new library cost €14 million.',
			'With £5 million of loans, the club’s spending reached £31 million.',
			'The buyer paid $40 million in cash, of which $15 million went to the founders.',
			'Pesk made $75 million in sales last year and $9 million in profit.'
		].join(' ')
	);
	it.each([
		['$610 million', false],
		['€14 million', false],
		['£31 million', false],
		['$15 million', true],
		['$9 million', true]
	])('%s: %s', (answer, expected) => {
		expect(judgedBy(all, answer, 'one share of a split sum')).toBe(expected);
	});
});
