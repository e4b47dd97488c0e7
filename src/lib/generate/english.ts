import { adjectivesApart } from './adjective-comma';
import { isCommonWord } from './frequency';

/**
 * Shared English phrasing helpers: each word class and clause rule the generator needs is
 * defined here once, and every fact kind and question builder uses these.
 */

/** Auxiliaries and modals: a clause's finite verb when they open its verb group. */
export const AUXILIARIES = new Set([
	'was',
	'were',
	'is',
	'are',
	'has',
	'have',
	'had',
	'will',
	'would',
	'could',
	'can',
	'did',
	'may',
	'might',
	'should',
	'must'
]);

/** Personal and possessive pronouns that point to someone or something named elsewhere. */
export const PRONOUNS = ['he', 'she', 'him', 'her', 'his', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs'] as const;

/** A pronoun as a whole word, anywhere in a text. */
export const PRONOUN_WORD = new RegExp(`\\b(?:${PRONOUNS.join('|')})\\b`, 'i');

/**
 * The writer or the reader as a whole word ("I", "our", "you"): a clause in the first or second
 * person is someone's own measure or advice, which a question cannot carry as a fact.
 */
export const PERSONAL_WORD = /\b(?:I|me|my|we|us|our|you|your)\b/i;

/**
 * Whether a text names someone: a capitalised word inside it, or one opening it that is no
 * common English word ("Rao, 24, came …", not "The team …").
 */
function namesSomeone(text: string): boolean {
	return [...text.matchAll(/(?:^|\s|["“])(\p{Lu}[\p{Ll}'’]+)/gu)].some((m) => (m.index ?? 0) > 0 || !isCommonWord(m[1]));
}

/**
 * "By his own count, kept in eleven ledgers, Venn-Halloran restored …", "In her first season,
 * Ana Ruiz scored …": a possessive in an opening phrase of manner, place or span points ahead to
 * the name the main clause opens on, as English reads it. Phrases of time before or after an event
 * ("After his death, Mary sold …") are left out: their "his" is as often someone named before.
 */
const NAMED_AFTER_OPENER =
	/^((?:By|In|For|At|On|During|Throughout|Despite|With|Within|Over|Under|Through) [^,]*\b(?:his|her|their)\b[^,]*,(?: [^,]+,)?) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} \p{Ll}/u;

/**
 * Whether a phrase holds a pronoun with nothing before it in the phrase to point to: "he" or
 * "her" with no name before it, "it" or "their" with fewer than two words before it. A pronoun
 * whose antecedent sits in the same phrase ("reefs … regained half of their lost coral") is
 * resolved; one that points outside is not.
 */
export function unresolvedPronoun(phrase: string): boolean {
	const opener = NAMED_AFTER_OPENER.exec(phrase);
	for (const m of phrase.matchAll(/\b(?:(he|she|him|his|her|hers)|(it|its|they|them|their|theirs))\b/gi)) {
		// "By his own count, … Venn-Halloran restored …": the opener's "his" is the subject named after it.
		if (opener && (m.index ?? 0) < opener[1].length && /^(?:his|her|their)$/i.test(m[0])) continue;
		const before = phrase.slice(0, m.index ?? 0);
		if (m[1] && !namesSomeone(before)) return true;
		if (m[2] && wordCount(before) < 2) return true;
	}
	return false;
}

/** The text with each character a regular expression gives a meaning to escaped, to match it word for word. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every quotation blanked to spaces of its length: someone's own words ("we", "last week", "that night") are theirs, and offsets still match. */
export const outsideQuotes = (text: string): string => text.replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length));

/** Demonstratives before a noun ("this drone", "these results") point back to an earlier sentence; "this year" points to the present. */
export const DEMONSTRATIVE_NOUN =
	/\b(?:this|these|those)\s+(?!(?:year|week|month|season|summer|winter|spring|autumn|morning|afternoon|evening|weekend|time)\b)\p{Ll}/u;

/** Words a sentence opens with when it leans on the one before. */
export const LEANING_LEAD = /^["“‘]?(?:He|She|It|They|This|These|Those|That|His|Her|Its|Their|We|I|Our|There|Such|Both|Another)\b/;

/**
 * Where a clause ends: a colon, semicolon, dash, bracket or quotation mark, or a comma that is
 * neither inside a number ("12,000") nor between the names of a list ("Luhansk, Donetsk"). A
 * colon before a digit is inside a time or a score ("in 2:09", "3:1"), which a cut there garbles.
 */
export const CLAUSE_END = /,(?!\d{3}|\s(?:and\s|or\s)?\p{Lu})|[;—–(“”"]|:(?!\d)| - /u;

const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'gu');

/** The text up to its first clause end; a comma between two adjectives of one noun ("a warm, sodden July") is none. */
export function clauseRest(s: string): string {
	CLAUSE_ENDS.lastIndex = 0;
	for (let m = CLAUSE_ENDS.exec(s); m; m = CLAUSE_ENDS.exec(s)) if (m[0] !== ',' || !adjectivesApart(s, m.index)) return s.slice(0, m.index);
	return s;
}

/** Abbreviations whose dot is part of the word ("U.S.", "Inc.", "a.m."): a sentence end adds no second dot. */
const ABBREVIATION_END = /(?:\b\p{L}\.\p{L}\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|etc|approx)\.)$/u;

/** The text without trailing spaces and punctuation (an abbreviation's own dot stays). */
export function finish(s: string): string {
	const t = s.trimEnd();
	if (ABBREVIATION_END.test(t)) return t;
	return t.replace(/[\s.!?,;:]+$/, '');
}

/** A question mark after the text's last word; never "U.S.?" doubled into "U.S..?". */
export function asQuestion(s: string): string {
	return `${finish(s).replace(/[”"]$/, '')}?`;
}

/** A full stop after the text's last word, never doubled after an abbreviation ("U.S."). */
export function asStatement(s: string): string {
	const t = finish(s);
	return /[.!?]$/.test(t) ? t : `${t}.`;
}

const LOWER_LEAD = /^(?:The|A|An|This|These|Its|Their|His|Her|Some|Most|Many|All|Each)\b/;

/** "The team" -> "the team" when it moves inside a question; names keep their capital. */
export function lowerFirst(s: string): string {
	return LOWER_LEAD.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** First letter upper case. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Number of words in a text. */
export function wordCount(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
