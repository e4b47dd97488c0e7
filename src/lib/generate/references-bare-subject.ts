import { isCommonWord } from './frequency';
import { finite } from './kinds/lead-phrases';
import { mentions } from './references-definite-phrases';
import { tokenize, type Token } from './tokens';

/**
 * "Circulation rose to ____ copies a week by 1840.", "Opposition came from three directions.": a
 * short sentence whose subject is a bare singular noun, with no article and nothing after it to say
 * whose ("circulation of the Gazette", "opposition to the filters"), goes on from the sentence
 * before, which said whose. Out of its paragraph it asks about nobody's circulation. A noun the
 * article's lead brings in is the article's own ("Inflation fell to 3.1%" of a report on one
 * country's prices) and stands.
 */

/** Words after the noun that say whose or of what: "Circulation of the Gazette rose …". */
const SAYS_WHOSE = /^(?:of|for|to|at|in|on|among|from|by|against|with|within)$/i;

/** The bare noun a prompt's first sentence opens on as its subject, lower case; null when it opens otherwise. */
export function bareSubject(sentence: string): string | null {
	// A blank read as a noun makes the tagger take "copies" of "to ____ copies" for a verb: a figure stands in for it.
	const tokens = tokenize(sentence.replace(/_{2,}/g, '10'));
	const [noun, next] = tokens;
	if (noun === undefined || next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(noun.text) || !/^ +$/.test(noun.post)) return null;
	// "Horse-drawn at first, …" opens on a modifier, "Turnout, though, …" sets the noun apart: only a plain word then a space counts.
	// A name is no bare noun ("Castellanos earns …"): the noun is a common word of English, and no plural ("Doctors define …" speaks of doctors at large).
	if (!noun.tags.has('Noun') || noun.tags.has('ProperNoun') || noun.tags.has('Plural') || noun.tags.has('Pronoun')) return null;
	if (!isCommonWord(noun.text) || SAYS_WHOSE.test(next.text) || !verbNext(tokens)) return null;
	return noun.text.toLowerCase();
}

/**
 * Whether the second word is the sentence's verb: a finite one, or one the tagger reads as a noun
 * ("rose" of "Circulation rose to ____ copies") where a preposition follows it and no other word
 * of the sentence is a verb, since a sentence has one.
 */
function verbNext(tokens: Token[]): boolean {
	const [, next, after] = tokens;
	if (finite(next)) return true;
	const preposition = after !== undefined && (after.tags.has('Preposition') || after.text.toLowerCase() === 'to');
	return next.tags.has('Noun') && !next.tags.has('Plural') && preposition && !tokens.slice(2).some(finite);
}

/**
 * Whether a copied sentence of at most `most` words opens on a bare noun that leans on the sentence
 * before it: `follows`, a sentence of the article's body comes before it; `lead`, what the article
 * is about.
 */
export function bareSubjectLeans(sentence: string, words: number, most: number, follows: boolean, lead: string): boolean {
	if (!follows || words > most || sentence.endsWith('?')) return false;
	const noun = bareSubject(sentence);
	return noun !== null && !mentions(lead, noun);
}
