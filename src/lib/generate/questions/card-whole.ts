import { AUXILIARIES } from '../english';
import { tokenize, type Token } from '../tokens';
import { clauseVerb, cutEndsClause } from './cut-point';

/**
 * A card's back must be a whole phrase or clause in the article's words. A back read up to the
 * first comma can stop inside one: before the rest of a list ("clocks of church towers" of "clocks
 * of church towers, town halls and market buildings"), or before an aside that sits inside its
 * clause ("who said the vote" of "who said the vote, set for June, would be held in private").
 * Such a back is carried on to where the list or the clause ends, when that keeps it short; a back
 * that still stops on a word that needs more after it ("passed to a son or") is no back at all.
 */

/** The longest back a card may grow to when it is carried on to a whole phrase or clause. */
const MOST_WORDS = 30;

/**
 * Closed-class words that never end a phrase: an article or a possessive before its noun, a
 * conjunction before its clause, a preposition before its object, a focusing adverb ("even",
 * "only") before what it focuses on. Particles of phrasal verbs ("opt out", "gave up", "moved in")
 * and words that end a phrase of time ("the year before") are not among them.
 */
const OPEN_END =
	/(?:^|\s)(?:a|an|the|its|their|our|your|my|every|each|and|or|but|nor|because|although|though|whereas|unless|whether|if|than|as|of|to|for|with|at|by|from|into|onto|upon|via|between|among|amid|against|towards?|across|during|without|within|including|despite|even|also|only|just|almost|nearly|not|merely|very)$/i;

/** Whether a back stops on a word that needs more after it: "passed to a son or", "a moment near the end of". */
export const openEnd = (back: string): boolean => OPEN_END.test(back.replace(/[\s.,;:”"’)]+$/, ''));

const words = (s: string) => s.trim().split(/\s+/).length;

/** The next comma, semicolon, colon or spaced dash at or after `from`, or the sentence's end. */
function boundary(text: string, from: number): number {
	const m = /[,;:]|\s[—–]\s/.exec(text.slice(from));
	return m ? from + m.index : text.replace(/[.!?”"]+$/, '').length;
}

/**
 * Where the rest of a list that `text` goes on with at `at` ends: ", town halls and market
 * buildings" after "church towers". Each item after the comma is a phrase with no verb of a
 * clause (no past tense and no auxiliary) that opens on no preposition or connective, and the
 * last one follows "and" or "or". -1 when `text` goes on with no such list.
 */
function listEnd(text: string, at: number): number {
	const m = /^((?:, (?!(?:and|or|but|which|who|whom|whose|where|when|while)\b)[^,;:—–()“”"]+?)+),? (?:and|or) [^,;:—–()“”"]+?(?=[,;:.!?]|\s[—–]\s|$)/.exec(
		text.slice(at)
	);
	if (!m) return -1;
	const tokens = tokenize(text);
	const items = tokens.filter((t) => t.start >= at && t.end <= at + m[0].length);
	const opens = m[1].split(/, /).slice(1);
	const prepositional = opens.some((item) => tokenize(item)[0]?.tags.has('Preposition'));
	// The tagger reads plurals and nouns before nouns in a list as verbs ("docks", "market
	// buildings", "post offices"), so only a past tense or an auxiliary marks an item as a clause.
	const finite = (t: Token) => AUXILIARIES.has(t.text.toLowerCase()) || (clauseVerb(t) && t.tags.has('PastTense'));
	return items.some(finite) || prepositional ? -1 : at + m[0].length;
}

/**
 * A back read from `text` carried on to the end of the list it stops inside; the back as it is
 * when it stops on no list (or is not the article's words), null when the whole list is too long.
 */
export function wholeList(back: string, text: string): string | null {
	const at = text.toLowerCase().indexOf(back.toLowerCase());
	if (at < 0) return back;
	const end = listEnd(text, at + back.length);
	if (end < 0) return back;
	const whole = back + text.slice(at + back.length, end);
	return words(whole) <= MOST_WORDS ? whole : null;
}

/**
 * The clause that starts at `from` in `text` and was read up to `to`, carried to the end of a list
 * it stops inside and over each aside set inside it (see cut-point.ts) to where the clause really
 * ends; null when it will not end within a short back.
 */
export function wholeClause(text: string, from: number, to: number): string | null {
	let end = to;
	for (let steps = 0; text[end] === ','; steps++) {
		const list = listEnd(text, end);
		if (list < 0 && cutEndsClause(text, end)) break;
		if (steps === 2) return null;
		// A list goes on to its last item; an aside runs to its closing comma, and the clause goes on from there to its own end.
		end = list >= 0 ? list : boundary(text, boundary(text, end + 1) + 1);
	}
	const clause = text.slice(from, end);
	return words(clause) <= MOST_WORDS ? clause : null;
}
