import { tokenize, type Token } from './tokens';

/**
 * A comma between two adjectives of one noun ("after a warm, sodden July", "the cold, wet
 * spring", "through long, narrow valleys") is inside the noun phrase: a clause cut there ends on
 * "after a warm", a phrase without its noun. Read from compromise's tags:
 *
 * - the word before the comma is an adjective, in a run of adjectives and adverbs that opens on
 *   a determiner, possessive, number or preposition, or the text. After a verb it is said of the
 *   subject, and the comma ends the clause: "the river was high, local farmers said".
 * - the words after it, with no more punctuation than commas between adjectives, end on a noun,
 *   and the first of them is an adjective too. The tagger reads some adjectives as nouns or
 *   participles ("sodden July", "streamlined steel deck"); after "a" or "an", which cannot close
 *   a phrase on an adjective alone, such a word will do. After "the" an adjective may stand for
 *   its noun ("to the next, works out at …"), so there the tagger must read an adjective.
 * - a superlative stands for a noun of its own ("was the hottest, new data show") unless a second
 *   superlative follows ("the hottest, driest summer"), and a noun with a verb after it opens the
 *   next clause ("On the whole, local councils have …"), unless the phrase opens the text, where
 *   the verb is its own ("The cold, wet spring delayed …").
 */

const has = (t: Token | undefined, ...tags: string[]) => t !== undefined && tags.some((tag) => t.tags.has(tag));

/** A word that grades or describes the noun to come, not a noun itself. */
const modifier = (t: Token) => has(t, 'Adjective', 'Adverb') && !has(t, 'Noun', 'Verb', 'Determiner', 'Preposition');

/** A word of the phrase after the comma: a modifier or a noun, not a pronoun. */
const phraseWord = (t: Token) => modifier(t) || (has(t, 'Noun') && !has(t, 'Pronoun', 'Value'));

/** A noun phrase may run over this many words after the comma ("streamlined steel box deck"). */
const PHRASE_MAX = 4;

/** Whether the comma at `at` in `text` stands between two adjectives of one noun, as above. */
export function adjectivesApart(text: string, at: number): boolean {
	if (!/\p{Ll}$/u.test(text.slice(0, at)) || !/^, \p{Ll}/u.test(text.slice(at))) return false;
	const tokens = tokenize(text);
	const before = tokens.findIndex((t) => t.end === at);
	if (before < 0 || !modifier(tokens[before]) || !has(tokens[before], 'Adjective')) return false;
	if (has(tokens[before], 'Superlative') && !has(tokens[before + 1], 'Superlative')) return false;
	// Back over the adjectives and adverbs ("a very warm,", "a long, narrow,") to what opens the phrase.
	let open = before;
	while (open > 0 && modifier(tokens[open - 1]) && /^,? $/.test(tokens[open - 1].post)) open--;
	const opener = tokens[open - 1];
	if (opener && !has(opener, 'Determiner', 'Possessive', 'Value', 'Preposition')) return false;
	const indefinite = opener !== undefined && /^an?$/i.test(opener.text);
	if (opener && !has(opener, 'Preposition')) open--;
	// On to the noun that closes the phrase.
	let end = before + 1;
	while (end + 1 < tokens.length && end - before < PHRASE_MAX && phraseWord(tokens[end + 1])) {
		const post = tokens[end].post;
		if (post !== ' ' && !(post === ', ' && modifier(tokens[end]))) break;
		end++;
	}
	const first = tokens[before + 1];
	const head = tokens[end];
	const adjective = modifier(first) || (indefinite && (phraseWord(first) || (has(first, 'PastTense', 'Participle') && !has(first, 'Gerund'))));
	// At least an adjective and its noun: "sodden July".
	if (end === before + 1 || !adjective || !has(head, 'Noun') || has(head, 'Pronoun')) return false;
	const next = tokens[end + 1];
	return open === 0 || head.post !== ' ' || !has(next, 'Verb') || has(next, 'Gerund');
}
