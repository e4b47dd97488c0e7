import { describe, expect, it } from 'vitest';
import { nameClauseSubject } from './references-clause-subject';
import type { PeopleGenders } from './references-gender';

const people: PeopleGenders = new Map([
	['Marta Quill', 'she'],
	['Owen Baird', 'he'],
	['Lise Okafor', null]
]);
const quill = { surname: 'Quill', pronoun: 'she' as const };

describe('the subject named for a pronoun after an opening clause', () => {
	// Each row: a sentence of an article about Marta Quill, and the sentence with the pronoun named (null: left alone).
	const table: [string, string | null][] = [
		// A firm, a place or a thing with capitals is no person the pronoun could mean.
		[
			'When Harrow & Dunn went bankrupt in 1971, she bought their presses for £900.',
			'When Harrow & Dunn went bankrupt in 1971, Quill bought their presses for £900.'
		],
		['After the mill at Cobb Ferry burned down, she moved the looms to a barn.', 'After the mill at Cobb Ferry burned down, Quill moved the looms to a barn.'],
		['Although the council refused a grant twice, she kept the library open.', 'Although the council refused a grant twice, Quill kept the library open.'],
		['Once the Tamsin Bridge was finished in 1988, she took up teaching.', 'Once the Tamsin Bridge was finished in 1988, Quill took up teaching.'],
		['Because nobody would print it, she set the pamphlet herself.', 'Because nobody would print it, Quill set the pamphlet herself.'],
		// Another person of the article in the clause may be the one meant.
		['When Owen Baird retired in 1990, he sold the shop.', null],
		['After Okafor left the choir, she sang the solos herself.', null],
		// A pronoun of the other gender, a pronoun inside the clause, or no hung clause at all.
		['When the mill closed, he found work at the docks.', null],
		['When her mother died, she sold the house.', null],
		['In 1990 the city commissioned a mural, and she painted it.', null],
		['The shop closed in 1971, she said.', null]
	];
	it.each(table)('%s', (sentence, named) => {
		expect(nameClauseSubject(sentence, quill, people)).toBe(named);
	});
});
