import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** Each mention of a person in the text's last sentence, with the full name it is keyed to. */
const lastMentions = (text: string) => {
	const last = text.lastIndexOf('. ') + 2;
	return factsOf(text, 'person')
		.filter((f) => f.start >= last)
		.map((f) => [f.text, f.key]);
};

describe('a two-word name sharing a surname with someone known is that person only with the same first word or a title', () => {
	it.each([
		// Another given name: another person of the family, a person of their own, never keyed as the known one.
		['Josiah Penn, the founder, said the archive was full. Her successor, Mary Penn, kept the catalogue until 1950.', [['Mary Penn', 'Mary Penn']]],
		['Dr Hester Quayle said the ledgers were lost. Ann Quayle sewed the covers in 1860.', [['Ann Quayle', 'Ann Quayle']]],
		['Dr Josiah Fenwright said the bell failed. Samuel Fenwright drowned in 1849.', [['Samuel Fenwright', 'Samuel Fenwright']]],
		// A first word that may be no given name ("Lily", read as a place) names nobody sure.
		['Coach Owen Marsh said the team was tired. Lily Marsh scored twice in the final.', []],
		['The mayor, Johannes van Dijk, said grain was short. Van Dijk proposed a new tax in 1572.', [['Van Dijk', 'Johannes van Dijk']]],
		['Fire officer Ramon Dela Cruz said she was weak. Dela Cruz told reporters she would live.', [['Dela Cruz', 'Ramon Dela Cruz']]],
		// A relative the article names with a cue of their own is a person of their own.
		['Chief executive Anna Berg said sales fell. Erik Berg founded the firm in 1971.', [['Erik Berg', 'Erik Berg']]],
		// The same person: the same first name or initial, a title or an honorific before the surname.
		['Josiah Penn, the founder, said the archive was full. Josiah Penn retired in 1880.', [['Josiah Penn', 'Josiah Penn']]],
		['Josiah Penn, the founder, said the archive was full. Founder Penn signed the deed in 1840.', [['Penn', 'Josiah Penn']]],
		['Volodymyr Zelensky, the president, said the army held. President Zelensky spoke again on Friday.', [['Zelensky', 'Volodymyr Zelensky']]],
		['Josiah Penn, the founder, said the archive was full. Penn retired in 1880.', [['Penn', 'Josiah Penn']]]
	])('%s', (text, expected) => {
		expect(lastMentions(text)).toEqual(expected);
	});
});
