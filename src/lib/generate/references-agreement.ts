import { isCapitalised, tokenize, type Token } from './tokens';

/**
 * "for every unit of electricity they use", "Members praised its design": a "they" or "its" whose
 * prompt names nothing before it that it could stand for (no plural or group for "they", no single
 * thing for "its") points at a sentence the learner never sees. A pronoun right at the start is
 * judged elsewhere (english.ts `unresolvedPronoun`); this reads the ones further in.
 */

/** Nouns that stand for a group of people, which English lets "they" mean. */
const GROUP =
	/^(?:team|side|club|council|government|police|family|staff|crew|board|committee|company|firm|group|party|panel|jury|union|army|public|ministry|agency|department|authority|court)$/i;

const noun = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun');

/** Whether a token before "they" can be what "they" means: a plural, a group, a name ("Sparta, who had won … their"), or the blank. */
const pluralAntecedent = (t: Token) =>
	t.text.includes('____') ||
	(noun(t) && (t.tags.has('Plural') || GROUP.test(t.text) || t.tags.has('Organization') || t.tags.has('ProperNoun') || isCapitalised(t.text)));

/** Whether a token before "its" can be what "its" means: a singular noun or a name, or the blank. */
const singularAntecedent = (t: Token) => t.text.includes('____') || (noun(t) && !t.tags.has('Plural'));

/** The first "they", "them", "their" or "its" after the prompt's opening words with nothing before it to mean, or null. */
export function pronounWithoutAntecedent(text: string): string | null {
	const tokens = tokenize(text);
	for (let i = 2; i < tokens.length; i++) {
		const word = tokens[i].text.toLowerCase();
		const before = tokens.slice(0, i);
		if (/^(?:they|them|their)$/.test(word) && !before.some(pluralAntecedent)) return tokens[i].text;
		if (word === 'its' && !before.some(singularAntecedent)) return tokens[i].text;
	}
	return null;
}
