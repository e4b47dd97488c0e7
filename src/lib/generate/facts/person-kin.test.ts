import { describe, expect, it } from 'vitest';
import { extractFacts } from '.';
import { splitSentences } from '../sentences';

/** The person facts of a short text: "name (role)". */
function people(text: string): string[] {
	return extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 })
		.filter((f) => f.kind === 'person')
		.map((f) => `${f.text}${'role' in f && f.role ? ` (${f.role})` : ''}`);
}

describe('a given name in apposition to a kinship phrase whose owner is said', () => {
	it.each([
		// A possessive name owns the phrase.
		['Marguerite’s father, Anselm, sold lace in the covered market until the war.', 'Anselm (Marguerite’s father)'],
		["Tomasz's elder sister, Jadwiga, kept the shop's accounts.", 'Jadwiga (Tomasz’s elder sister)'],
		// A name joined to "her" or "his" by "and" owns it.
		['The film follows Odile and her grandmother, Berthe, across a flooded valley.', 'Berthe (Odile’s grandmother)'],
		['Most of the letters passed between Caspar and his cousin, Ignatius, who lived in Riga.', 'Ignatius (Caspar’s cousin)'],
		// A phrase opening the sentence takes the subject of the sentence before.
		['Halvorsen grew up on a sheep farm in the fjords. His mother, Ragnhild, taught him to weave.', 'Ragnhild (Halvorsen’s mother)'],
		['Quennell trained as a surveyor before the war. Her husband, Lionel, ran the practice.', 'Lionel (Quennell’s husband)']
	])('%s', (text, fact) => {
		expect(people(text)).toContain(fact);
	});

	it.each([
		// No owner said: "his" of no one named.
		['After the funeral his widow, Beatrix, moved to the coast.', 'Beatrix'],
		// A name before the pronoun that is not joined to it by "and" may not be the owner.
		['She left the house to her nephew, Crispin, and her niece, Dorcas.', 'Dorcas'],
		['He is survived by his daughter, Imelda, his son, Barnaby, and six grandchildren.', 'Barnaby'],
		// No kinship noun: "her editor, Gus," is left to other rules.
		['Rowena and her editor, Gus, argued about the ending.', 'Gus'],
		// A lower-case owner is no name: "engineer’s mother" would lose its "the".
		['The engineer’s father was a boat builder; the engineer’s mother, Marta, taught at the school.', 'Marta']
	])('%s gives no %s', (text, name) => {
		expect(people(text).filter((f) => f.startsWith(`${name} `) || f === name)).toEqual([]);
	});
});
