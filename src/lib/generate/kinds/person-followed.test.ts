import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** The full names a text gives as people. */
const people = (text: string) => [...new Set(factsOf(text, 'person').map((f) => f.key))].filter((k) => k.includes(' '));

describe('a full name with a given name the tagger knows, whose surname the article keeps coming back to, is a person', () => {
	const table: [string, string[]][] = [
		[
			'Lena Varga ended Gerald Hobart’s long run in office. Hobart, 61, conceded at the count. Hobart’s own agent had expected a narrow loss. Turnout fell, and Hobart’s share fell with it.',
			['Gerald Hobart']
		],
		// Named in full and once more: too little to tell a person from a firm or a place.
		['Lena Varga ended Gerald Hobart’s long run in office. Hobart, 61, conceded at the count.', []],
		// The surname opens a firm's name: "Hobart" is that firm.
		['The chain was founded by Gerald Hobart. Hobart Markets grew fast. Hobart’s shares rose. Shoppers liked Hobart’s prices.', []],
		// The surname is part of a longer, hyphened one: another person.
		[
			'Gerald Hobart-Vane restored clocks. Hobart-Vane trained apprentices. Hobart-Vane’s ledgers survive. In 1990 Hobart-Vane retired. Rosalind Hobart compiled the index.',
			['Gerald Hobart-Vane']
		]
	];
	it.each(table)('%s', (text, names) => {
		expect(people(text).filter((n) => n !== 'Lena Varga')).toEqual(names);
	});
});
