import { describe, expect, it } from 'vitest';
import { foldText, normaliseAnswer } from './normalise';

describe('normaliseAnswer', () => {
	it.each([
		['  Kyiv  ', 'kyiv'],
		['KYIV', 'kyiv'],
		['Kyïv', 'kyiv'],
		['Zürich', 'zurich'],
		['São Paulo', 'sao paulo'],
		['Łódź', 'lodz'],
		['Straße', 'strasse'],
		['ﬁnal', 'final'],
		['Black   Sea', 'black sea'],
		['Black\tSea\n', 'black sea'],
		['Kyiv!', 'kyiv'],
		['“Kyiv”', 'kyiv'],
		['don’t', 'dont'],
		["don't", 'dont'],
		['U.S.', 'us'],
		['St. Petersburg', 'st petersburg'],
		['twenty-four', 'twenty four'],
		['twenty–four', 'twenty four'],
		['1,200', '1200'],
		['3.5 km', '3.5 km'],
		['The Hague', 'hague'],
		['an apple', 'apple'],
		['A', 'a'],
		['the', 'the'],
		['There', 'there'],
		['Київ', 'ки\u0456в'],
		['...', ''],
		['', '']
	])('%j -> %j', (input, output) => {
		expect(normaliseAnswer(input)).toBe(output);
	});
});

describe('foldText', () => {
	it('keeps punctuation but folds accents, curly quotes and dashes', () => {
		expect(foldText('Kyïv’s “drones” −4 – ok')).toBe('kyiv\'s "drones" -4 - ok');
	});
});
