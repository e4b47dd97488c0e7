import { escapeRegExp } from '../english';
import { tokenize } from '../tokens';
import type { FactRecord } from '../facts/types';
import type { PeopleGenders } from '../references-gender';

/**
 * The person an article is about (an obituary's subject, a profile's player), so that a
 * paragraph opening "She was elected …" can be asked as "Salvesen was elected …".
 */
export interface Subject {
	/** The key of the person's facts. */
	key: string;
	/** The surname the article calls them by. */
	surname: string;
	/** The pronoun the article mostly uses: only that one is taken to mean them. */
	pronoun: 'he' | 'she';
}

const countOf = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/**
 * The article's subject: the named person whose surname it repeats at least four times and at
 * least twice as often as anyone else's, when the article's pronouns are mostly of one gender.
 * Their pronoun is the one `genders` (references-gender.ts) shows for everyone of their surname,
 * else the article's most used: "Whitlow & Sons" counts toward Harold Whitlow in a story told mostly about women,
 * and a "she" had become "Whitlow".
 */
export function mainSubject(facts: FactRecord[], text: string, genders?: PeopleGenders): Subject | null {
	const surnames = new Map<string, string>();
	for (const f of facts) if (f.kind === 'person') surnames.set(f.key.split(/\s+/).at(-1) ?? f.key, f.key);
	const counts = [...surnames.keys()]
		.map((surname) => ({ surname, n: countOf(text, new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu')) }))
		.sort((a, b) => b.n - a.n);
	const [top, next] = counts;
	if (!top || top.n < 4 || (next && top.n < 2 * next.n)) return null;
	const she = countOf(text, /\b(?:she|her|hers)\b/gi);
	const he = countOf(text, /\b(?:he|his|him)\b/gi);
	if (she === he) return null;
	// Everyone of the surname ("Aurelia Vance" and her son "Peter Vance") must show the one gender, or the article's pronouns decide.
	const shown = new Set([...(genders ?? [])].filter(([name]) => name.split(/\s+/).at(-1) === top.surname).map(([, g]) => g));
	const [own] = shown;
	return { key: surnames.get(top.surname) ?? top.surname, surname: top.surname, pronoun: shown.size === 1 && own ? own : she > he ? 'she' : 'he' };
}

const LEAD = { she: /^(She|Her)\b/, he: /^(He|His)\b/ };

/**
 * The sentence's opening pronoun replaced by the subject's surname ("Her father …" → "Salvesen's
 * father …"), when the pronoun is the subject's and no one else named in the paragraph before
 * could be meant; null otherwise.
 */
export function resolveLead(text: string, subject: Subject | null, othersBefore: boolean): string | null {
	if (!subject || othersBefore) return null;
	const m = LEAD[subject.pronoun].exec(text);
	if (!m) {
		// "Born in Setúbal, a port south of Lisbon, she moved …": the pronoun after an opening phrase.
		const opened = openedPronoun(text);
		return opened && opened.pronoun.toLowerCase() === subject.pronoun ? `${opened.opener}${subject.surname}${text.slice(opened.end)}` : null;
	}
	const possessive = m[1] === 'Her' || m[1] === 'His';
	return `${subject.surname}${possessive ? '’s' : ''}${text.slice(m[1].length)}`;
}

/**
 * "In 1969 she and a fellow engineer founded …", "Over the next three years he replaced …": a
 * short phrase led by a preposition (a closed class) runs into the pronoun with no comma.
 */
const SHORT_OPENER = /^((?:In|On|At|After|Before|During|Over|For|From|Until|Within|Throughout|By) (?:[\p{L}\d_'’-]+ ){0,5})(she|he)\b/u;

/**
 * "Born in Setúbal, a port south of Lisbon, she moved …", "After leaving school at 15, he
 * worked …": an opening participle, preposition or time phrase, then "she" or "he" as the
 * clause's subject. The opening names nobody the pronoun could stand for ("After she left …"
 * holds the pronoun itself), so out of its paragraph the sentence says nobody's name.
 */
export function openedPronoun(text: string): { opener: string; pronoun: string; end: number } | null {
	const short = SHORT_OPENER.exec(text);
	const m = /^([^.;:!?“”"]*?, )(she|he|they)\b/i.exec(text) ?? short;
	if (!m || /\b(?:he|she|him|her|his|hers|they|them|their)\b/i.test(m[1])) return null;
	const first = tokenize(m[1])[0];
	// A verb opening a phrase that ends before "she …" is a participle ("Born", "Trained"), whatever its tag says.
	if (m !== short && (!first || !(first.tags.has('Verb') || first.tags.has('Preposition') || first.tags.has('Conjunction')))) return null;
	// "In 1990 the city commissioned a mural, and she …": a clause of its own before the pronoun may name its subject.
	const finite = tokenize(m[1])
		.slice(1)
		.some(
			(t) =>
				t.tags.has('Verb') &&
				(t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
				!['Participle', 'Adjective', 'Gerund', 'Infinitive'].some((tag) => t.tags.has(tag))
		);
	if (finite) return null;
	return { opener: m[1], pronoun: m[2], end: m[0].length };
}
