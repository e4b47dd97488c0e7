import { escapeRegExp } from './english';
import type { PeopleGenders } from './references-gender';

/**
 * "When Pargeter & Lowe closed in 1968, he bought a disused chapel …" in an obituary: a clause of
 * its own opens the sentence, then "he". Out of its paragraph nobody knows who "he" is, and the
 * capitalised firm before it had passed for someone the pronoun could mean. Whether the clause
 * names a person is read from the people the article's facts find, not from capitals: the tagger
 * takes a surname for a place and a firm for a surname. When it names nobody but the article's
 * subject, and the pronoun is the subject's, the subject is who the pronoun means.
 */

/** Words that open a clause hung on the main one (a closed class): "When …, he …", "Although …, she …". */
const SUBORDINATE = /^(When|Whenever|After|Before|Once|As|Although|Though|While|Whilst|Since|Until|Till|Because|If|Unless|Where)\b/;

/** The opening clause and the pronoun right after its comma: "When X closed in 1968, | he". */
const CLAUSE_THEN_PRONOUN = /^([^.;:!?“”"]*?, )(she|he)\b/;

/** The sentence's opening clause and its pronoun, or null when it does not open with a hung clause then "he" or "she". */
export function clauseThenPronoun(text: string): { clause: string; pronoun: 'he' | 'she'; end: number } | null {
	const m = CLAUSE_THEN_PRONOUN.exec(text);
	if (!m || !SUBORDINATE.test(m[1]) || /\b(?:he|she|him|her|his|hers|they|them|their|I|we|you)\b/i.test(m[1])) return null;
	return { clause: m[1], pronoun: m[2] as 'he' | 'she', end: m[0].length };
}

/** Whether a text names a person of the article other than `own` (a surname), by full name or surname. */
export function namesOtherPerson(text: string, people: PeopleGenders, own: string): boolean {
	return [...people.keys()].some((name) => {
		const surname = name.split(/\s+/).at(-1) ?? name;
		if (surname === own) return false;
		return [name, surname].some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(text));
	});
}

/**
 * The sentence with the subject's surname in place of a pronoun after an opening clause ("When
 * Pargeter & Lowe closed in 1968, Venn-Halloran bought …"): when the pronoun is the subject's and
 * the clause names no other person of the article; null otherwise.
 */
export function nameClauseSubject(text: string, subject: { surname: string; pronoun: 'he' | 'she' }, people: PeopleGenders): string | null {
	const found = clauseThenPronoun(text);
	if (!found || found.pronoun !== subject.pronoun || namesOtherPerson(found.clause, people, subject.surname)) return null;
	return `${found.clause}${subject.surname}${text.slice(found.end)}`;
}
