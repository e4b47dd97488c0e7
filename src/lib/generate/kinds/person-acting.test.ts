import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** The full names a text gives as people. */
const people = (text: string) => [...new Set(factsOf(text, 'person').map((f) => f.key))].filter((k) => k.includes(' '));

describe('a full name whose surname acts as a subject in two sentences is a person', () => {
	const table: [string, string[]][] = [
		['Mira Castell broke serve early. Castell held her nerve in the tie-break. Later Castell served out the match.', ['Mira Castell']],
		['Ngaio Farrell-Obi has a habit of humming. Farrell-Obi is 31. Farrell-Obi rarely sleeps before two.', ['Ngaio Farrell-Obi']],
		['I went into Hana Orwell’s new novel sceptical. Orwell makes the ledgers thrilling. Orwell rarely wastes a line.', ['Hana Orwell']],
		['Kasimir Dolan led the expedition. Dolan kept a diary. In 1911 Dolan reached the pass.', ['Kasimir Dolan']],
		// Once is not enough: a name whose surname acts in one sentence only.
		['Teodor Blake opened the show. Blake sang well. The band played on.', []],
		// Near misses: a body with a chairman of its own, a verb that opens the sentence, and the same person's longer name.
		['The firm was founded by Eugene Pellham. Pellham grew fast. Pellham opened ten stores. Pellham’s chairman resigned.', []],
		['Combining Vesta data with older maps, the team found the crater. Vesta spins slowly. Vesta has a dusty surface.', []],
		[
			'Aurelia M. Vance, a structural engineer, died on Monday. Aurelia Marie Vance was born in 1931. Vance built bridges. Vance retired in 1990.',
			['Aurelia M. Vance']
		]
	];
	it.each(table)('%s', (text, names) => {
		expect(people(text)).toEqual(names);
	});
});
