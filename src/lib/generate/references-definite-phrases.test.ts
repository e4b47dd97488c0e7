import { describe, expect, it } from 'vitest';
import { definitePhrases } from './references-definite-phrases';

const heads = (prompt: string) => definitePhrases(prompt).map((p) => p.text);

describe('definitePhrases', () => {
	it.each([
		['Why did the rows have the most weeds?', ['the rows']],
		['Which orchard gave the best crop and the fewest weeds?', []],
		['In ____, the tallest pines suffered the worst damage.', []]
	])('passes over a superlative, which says which by itself: %s', (prompt, phrases) => {
		expect(heads(prompt)).toEqual(phrases);
	});

	it.each([
		['The loan contract requires the club to repay ____ pounds.', 'The loan contract'],
		['What does the service contract require the firm to do?', 'the service contract']
	])('ends a compound on the noun the tagger read as a verb when the clause’s verb follows it: %s', (prompt, phrase) => {
		expect(heads(prompt)[0]).toBe(phrase);
	});
});
