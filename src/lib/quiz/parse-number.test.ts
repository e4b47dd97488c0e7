import { describe, expect, it } from 'vitest';
import { findNumber, parseNumber } from './parse-number';

describe('parseNumber with digits', () => {
	it.each([
		['620', 620],
		['620 miles', 620],
		['  620km', 620],
		['1,200', 1200],
		['1,200,000', 1_200_000],
		['3.5', 3.5],
		['.5', 0.5],
		['-4', -4],
		['−4', -4],
		['minus 4', -4],
		['approx. 620', 620],
		['about 45%', 45],
		['2 thousand', 2000],
		['1.5 million', 1_500_000],
		['0.1 million', 100_000],
		['3 hundred thousand', 300_000],
		['½', 0.5],
		['2½', 2.5],
		['pre-2000', 2000],
		['1990-1991', 1990]
	])('%j is %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});

describe('parseNumber with words', () => {
	it.each([
		['zero', 0],
		['seventeen', 17],
		['Seventeen', 17],
		['twenty-four', 24],
		['twenty four', 24],
		['seventy five', 75],
		['one hundred and five', 105],
		['two thousand three hundred', 2300],
		['a hundred', 100],
		['a million drones', 1_000_000],
		['nineteen hundred', 1900],
		['about forty drones', 40],
		['one two', 1],
		['twenty thirty', 20]
	])('%j is %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});

describe('parseNumber without a number', () => {
	it.each(['', '   ', 'Moscow', 'thousands of drones', 'a lot', 'none', '-', 'constructor', 'toString'])('%j is null', (text) => {
		expect(parseNumber(text)).toBeNull();
	});
});

describe('findNumber', () => {
	it('returns the words around the number', () => {
		expect(findNumber('about seventeen Shahed drones')).toEqual({ value: 17, before: ['about'], after: ['shahed', 'drones'] });
		expect(findNumber('17')).toEqual({ value: 17, before: [], after: [] });
	});
});
