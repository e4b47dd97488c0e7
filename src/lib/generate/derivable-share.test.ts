import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { derivableBlank } from './derivable';
import { remainderOfWhole, shareGivesAway } from './derivable-share';

const source = { quote: 'x', start: 0, end: 1 };
const cloze = (prompt: string, answer: string): Question => ({ id: 'q', type: 'cloze', prompt, answer, tags: [], source });

describe('a blank a stated share gives away', () => {
	it.each([
		['The visitors made 18 of their ____ free throws, 85.7 percent, and still lost.', 21],
		['Of the ____ patients on the drug, 111 (18.4 percent) had another stone within three years.', 602],
		['Some ____ households, roughly 6 per cent of the 620,000 in the region, lost power overnight.', 37000],
		['The co-operative now sells to ____ shops, 40% of the 95 grocers in the county.', 38],
		['Only 27 of the ____ seedlings survived the frost, a survival rate of 12.5%.', 216],
		['Turnout was 61 per cent, with ____ of the 48,200 registered voters casting a ballot.', 29400],
		['The club sold ____ season tickets, about 30% of its 4,150 seats.', 1250]
	])('%s → %d', (prompt, answer) => {
		expect(shareGivesAway(prompt, answer)).toBe(true);
	});

	it.each([
		// The share is of something else: no figure of the prompt gives 18.4% of or with the key.
		['Of the ____ patients on the drug, 18.4 percent had another stone within three years.', 602],
		// The written share is too far from what the figures give (25 of 80 is 31%, not 40%).
		['The co-operative now sells to ____ shops, 40% of the 25 grocers in the county.', 80],
		// A year beside a share is a date, not a whole.
		['Sales in ____ were 12% above those of 2019 at 2,150 units.', 2021],
		// Small counts equal some share of a figure too often by chance.
		['The team scored ____ goals, 50% of them from 14 corners.', 7],
		// No share is stated.
		['The visitors made 18 of their ____ free throws and still lost.', 21],
		// A share of 100% or more is a multiple, which other rules read.
		['Output rose 150 percent to ____ tonnes from 400 tonnes.', 1000]
	])('keeps %s', (prompt, answer) => {
		expect(shareGivesAway(prompt, answer)).toBe(false);
	});

	it('is one of the ways derivableBlank names', () => {
		expect(derivableBlank(cloze('The visitors made 18 of their ____ free throws, 85.7 percent, and still lost.', '21'))).toMatch(/share/);
		expect(derivableBlank(cloze('Some ____ households, roughly 6 per cent of the 620,000 in the region, lost power overnight.', '37,000'))).toMatch(/share/);
	});
});

describe('a share the prompt’s other shares leave of the whole', () => {
	it.each([
		['Of the members polled, 64 per cent backed the merger, 21 per cent opposed it and ____ were undecided.', 15],
		['Wind supplied 41.5% of the island’s power last winter, diesel 33.2% and solar ____.', 25.3],
		['About 70 percent of the grant goes on wages; the remaining ____ covers rent and equipment.', 30],
		['Half-time polling put the mayor on 48 per cent, her rival on 37 per cent, and ____ for the rest of the field.', 15]
	])('%s → %s', (prompt, answer) => {
		expect(remainderOfWhole(prompt, answer, true)).toBe(true);
		expect(derivableBlank(cloze(prompt, `${answer} per cent`))).toBe('the share the prompt’s other shares leave of the whole');
	});

	it.each([
		// Shares of different wholes, or a share beside a count: nothing sums to a hundred.
		['Side effects hit 19 percent of patients on the drug and ____ of those on placebo.', 3],
		['Prices rose 0.4 per cent in April, after ____ in March.', 0.5],
		['Turnout reached 58 per cent, and ____ voters spoiled their ballots.', 42]
	])('keeps %s → %s', (prompt, answer) => {
		expect(remainderOfWhole(prompt, answer, !/voters/.test(prompt))).toBe(false);
	});
});

describe('shares of other wholes in the sentence before', () => {
	it('keeps a blank whose sentence holds no other share', () => {
		const prompt = 'Sales fell 47 per cent in the north and 28 per cent in the south. That left the chain ____ below its forecast.';
		expect(remainderOfWhole(prompt, 25, true)).toBe(false);
	});
});
