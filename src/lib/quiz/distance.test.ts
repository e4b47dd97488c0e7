import { describe, expect, it } from 'vitest';
import { editDistance, typoBudget } from './distance';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['kyiv', 'kyiv', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['kyiv', 'kiev', 2],
		['kyiv', 'kiyv', 1],
		['moscow', 'mocsow', 1],
		['zelenskyy', 'zelensky', 1],
		['kitten', 'sitting', 3],
		['ca', 'abc', 3],
		['😀a', 'a😀', 1]
	])('%j to %j is %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});

describe('typoBudget', () => {
	it.each([
		['Kyiv', 0],
		['Iran', 0],
		['Paris', 1],
		['Kherson', 1],
		['Zelenskyy', 1],
		['Shahed-136s', 2],
		['Black Sea Fleet', 2],
		['Constantinople', 2],
		['Volodymyr Zelenskyy', 3],
		['the International Atomic Energy Agency', 3],
		['The Hague', 1]
	])('%j tolerates %i', (answer, budget) => {
		expect(typoBudget(answer)).toBe(budget);
	});

	it('counts letters, not spaces or punctuation', () => {
		expect(typoBudget('a b c d e')).toBe(0);
		expect(typoBudget('Kyiv!!!!')).toBe(0);
		expect(typoBudget('abcdefghij')).toBe(2);
		expect(typoBudget('abcdefghi')).toBe(1);
	});
});
