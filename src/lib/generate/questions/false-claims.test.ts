import { describe, expect, it } from 'vitest';
import { describedAfter, fairNameSwap, fairPersonSwap, fairWrong, gendersTheName, inSideDetail, makesClaim, unpinned } from './false-claims';

describe('false statements change the main claim only', () => {
	it('takes a trailing participle or "with" phrase as a side detail', () => {
		expect(inSideDetail('Menezes scored the winner in the 113th minute, rising above ')).toBe(true);
		expect(inSideDetail('Porto defended deep, with Carvalho bringing on ')).toBe(true);
		expect(inSideDetail('Sparta pressed high and kept the ball, finishing the half with ')).toBe(true);
		expect(inSideDetail('The film was shot along the glacial river Þjórsá, the longest river in ')).toBe(true);
	});

	it('takes a share of a whole, a rival’s figure and another owner’s figure as side details', () => {
		expect(inSideDetail('The show cost €2.7 million to stage, about ', ' of which came from a private foundation.')).toBe(true);
		expect(inSideDetail('The show cost €2.7 million to stage, and ', ' came from a private foundation.')).toBe(false);
		expect(inSideDetail('Rovers won the league with 71 points, four ahead of Sparta on ')).toBe(true);
		expect(inSideDetail('Rovers finished above Sparta’s ')).toBe(true);
		expect(inSideDetail('Rovers’s ')).toBe(false);
	});

	it('takes the main clause as the claim', () => {
		expect(inSideDetail('Okafor will receive prize money of ')).toBe(false);
		expect(inSideDetail('The company currently employs approx. ')).toBe(false);
	});

	it('puts a wrong number on the side a bound does not cover', () => {
		expect(fairWrong('exported goods worth more than ', 120, 100)).toBe(false);
		expect(fairWrong('exported goods worth more than ', 120, 140)).toBe(true);
	});

	it('takes a number under a bound as one no false statement may change, but not a start date', () => {
		expect(unpinned('The scheme employed more than ')).toBe(true);
		expect(unpinned('Emissions fell by up to ')).toBe(true);
		expect(unpinned('The scheme employed ')).toBe(false);
		expect(unpinned('The market has run every week since ')).toBe(false);
	});
});

describe('a statement makes a claim', () => {
	it('needs a verb left after shortening', () => {
		expect(makesClaim('The pianist Daniel Okonjo.')).toBe(false);
		expect(makesClaim('The pianist Daniel Okonjo led a sextet.')).toBe(true);
	});
});

describe('a false statement swaps a name for another thing, not a rewording', () => {
	it('refuses a swap that shares a word beyond the kind of thing named', () => {
		expect(fairNameSwap('organisation', 'Members of Parliament', 'Houses of Parliament')).toBe(false);
		expect(fairNameSwap('organisation', 'Harrow Valley Council', 'Harrow Valley Trust')).toBe(false);
		expect(fairNameSwap('place', 'Kyiv', 'Kyiv region')).toBe(false);
	});

	it('never swaps in a person of another role group, nor one a pronoun before the name would mis-gender', () => {
		expect(fairPersonSwap('widow', 'engineer')).toBe(false);
		expect(fairPersonSwap('Rovers winger', 'Sparta striker')).toBe(true);
		expect(fairPersonSwap('widow', undefined)).toBe(true);
		expect(gendersTheName(' gave 4,000 guilders.', 'In her later life, the widow ')).toBe(true);
		expect(gendersTheName(' gave 4,000 guilders.', 'The widow ')).toBe(false);
	});

	it('allows two things of one kind, and two people of one family', () => {
		expect(fairNameSwap('organisation', 'Orrin Water Company', 'Kessel Rail Company')).toBe(true);
		expect(fairNameSwap('organisation', 'University of Lorsa', 'University of Halden')).toBe(true);
		expect(fairNameSwap('person', 'Anna Berg', 'Erik Berg')).toBe(true);
	});
});

describe('a false statement swaps no name that a description after it belongs to', () => {
	// The words after the name in each sentence: whether they describe the name (a swap would make them false too).
	const table: [string, boolean][] = [
		// history: a relative clause about the person
		[', who taught in Ashcombe until 1988, lived to see the 50th anniversary.', true],
		// business: an apposition with "the"
		[', the chief financial officer, said margins would recover.', true],
		// science: an apposition with "a"
		[', a glaciologist at Tromsø, led the drilling.', true],
		// sport: an age between commas
		[', 19, scored twice in the second half.', true],
		// news: a place with a "where" clause
		[', where the plant opened in 2019, lost 400 jobs.', true],
		// review: a bracket after the name
		[' (the film’s cinematographer) shot it on 16mm.', true],
		// near misses: a list, an infinitive, a plain verb, a time phrase, a quote attribution
		[', Farrant and Brightwell signed the report.', false],
		[', to report on how to prevent a repeat.', false],
		[' won the final in straight sets.', false],
		[', after three years of trials, ordered 14 sirens.', false],
		[' said the results were encouraging.', false]
	];
	it.each(table)('after the name: %s → %s', (after, described) => {
		expect(describedAfter(after)).toBe(described);
	});
});
