import type { Token } from '../tokens';

/**
 * "It trained 112 barbers, stylists and pharmacy assistants": a number counts the whole list of
 * nouns after it, not its first item, so "112 barbers" would be a wrong key. The list is read
 * here, from the word after the first counted noun, so that the count covers all of it.
 */

/** Words that cannot stand in a list item of nouns: the closed classes, figures and finite or -ing verbs. */
function itemWord(t: Token): boolean {
	if (['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Value', 'Adverb', 'Auxiliary', 'Copula', 'Modal'].some((tag) => t.tags.has(tag))) return false;
	if (t.tags.has('PastTense') || t.tags.has('Gerund')) return false;
	return /^\p{Ll}[\p{L}’'-]*$/u.test(t.text);
}

/** Items of up to three words. */
const ITEM_MAX = 3;

/** A plural-looking word: items of a counted list are counted things. */
const plural = (t: Token) => t.tags.has('Plural') || /[^s]s$/.test(t.text) || /^(?:people|children|staff|police)$/i.test(t.text);

/** What follows a counted phrase: no list, a list ending at `end` (a sentence offset), or a list whose end cannot be told. */
export type ListAfter = { end: number } | 'none' | 'unclear';

/**
 * The list of nouns that goes on from the counted phrase ending on token `last`. The list runs
 * ", item" … then "and" or "or" (with or without a comma) and its last item, each item ending on a
 * plural; the last item must end the clause or be followed by a preposition or a relative word
 * ("… assistants in a course"). "300 people and owns 12 shops" has a verb, not a noun, after its
 * "and": no list. A list with a comma whose end is not sure ("14 cooks, cleaners or drivers last
 * spring …") is 'unclear', and the count should not name one item as all it counts. Not
 * `counted` ("40 tonnes of flour, sugar and salt"), the items are whatever nouns were measured.
 */
export function listAfter(tokens: Token[], last: number, counted = true): ListAfter {
	let i = last + 1;
	let closed = false;
	let commas = 0;
	let end = -1;
	while (i < tokens.length && !closed) {
		const sep = tokens[i - 1].post;
		if (/^(?:and|or)$/i.test(tokens[i].text) && /^,? $/.test(sep)) {
			closed = true;
			i++;
		} else if (sep !== ', ') break;
		const from = i;
		while (i < tokens.length && i - from < ITEM_MAX && itemWord(tokens[i])) {
			i++;
			if (tokens[i - 1].post !== ' ') break;
		}
		const item = tokens.slice(from, i);
		const lastPlural = counted ? item.findLastIndex(plural) : item.length - 1;
		if (lastPlural < 0 || (!closed && lastPlural !== item.length - 1)) break;
		end = from + lastPlural;
		i = end + 1;
		if (!closed) commas++;
	}
	if (closed && end >= 0) {
		const next = tokens[end + 1];
		const ends = !next || /[,.;:!?)]/.test(tokens[end].post) || next.tags.has('Preposition') || /^(?:where|which|that|who)$/i.test(next.text);
		if (ends) return { end: tokens[end].end };
	}
	// One ", word" alone may be an aside ("of all votes cast, against …"); two, or one before "and", make a list.
	return commas > 1 || (commas > 0 && closed) ? 'unclear' : 'none';
}
