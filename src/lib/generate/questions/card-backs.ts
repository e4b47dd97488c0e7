import words from '../data/card-words.json';
import { isDemonym } from '../facts/lexicon';
import type { FactRecord } from '../facts/types';
import { isCommonWord } from '../frequency';
import { AUXILIARIES } from '../english';
import { tokenize } from '../tokens';
import { openEnd, wholeList } from './card-whole';

/**
 * What makes a flashcard worth turning: a front that names one thing in full, and a back that
 * says what it is with its anchor ("the daughter of …", "Sparta goalkeeper"), in whole phrases.
 * A back that fails is mended when the article allows ("the association's president" -> "the
 * National Tennis Association's president") and dropped otherwise.
 */

const set = (s: string) => new Set(s.split(/\s+/));
const RELATIONAL = set(words.relational);
const RELATIONAL_ADJECTIVES = set(words.relationalAdjectives);
const ABBREVIATIONS = set(words.abbreviations);
const ARTICLE = /^(?:the|a|an)$/i;

/** The back's words with the article dropped, lower case. */
const contentWords = (back: string) =>
	back
		.split(/\s+/)
		.filter((w) => w && !ARTICLE.test(w))
		.map((w) => w.toLowerCase().replace(/[.,;:]+$/, ''));

/** Words that tie a back to something beyond itself: a preposition, a relative clause, a possessive. */
const LINK = /\b(?:of|at|in|for|from|with|to|on|by|who|which|that|whose|where|used|known)\b|['’]s\b/i;

/**
 * Whether a back is a bare noun phrase with nothing to anchor it: "A daughter" (whose?), "A
 * qualifier", "A thermal battery", "A closely related receptor" (related to what?).
 */
export function unanchored(back: string): boolean {
	const content = contentWords(back);
	if (content.length === 0) return true;
	const capitalised = back.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !isDemonym(w) && !ARTICLE.test(w));
	if (content.some((w) => RELATIONAL_ADJECTIVES.has(w)) && !/\b(?:to|with|of)\b/i.test(back)) return true;
	if (LINK.test(back) || capitalised) return false;
	// "A thermal battery", "The provincial health officer", "A former international spinner":
	// plain words with no name and no link name a kind of thing or a job title, not what this
	// one is or did, whatever their number.
	return true;
}

/** Whether a back stops inside a phrase: at an abbreviation ("St"), an initial, or before a hyphen ("in a 4" of "in a 4-3 win"). */
export function cutShort(back: string, sentence: string): boolean {
	const last = back.trim().split(/\s+/).pop() ?? '';
	if (ABBREVIATIONS.has(last.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}\.?$/u.test(last)) return true;
	const at = sentence.toLowerCase().indexOf(back.toLowerCase());
	if (at < 0) return false;
	const next = sentence.slice(at + back.length, at + back.length + 2);
	return /^[\p{L}\p{N}\-–'’]/u.test(next) || /^\.\p{L}/u.test(next);
}

/** Whether a card's front is a fragment or a plain word: "Row" of "Tanner's Row", "Degrees", "Stone church". */
export function weakFront(front: string, sentence: string, at: number): boolean {
	if (/\p{Lu}[\p{L}-]*['’]s\s+$/u.test(sentence.slice(0, at))) return true;
	// "Covariance towers" of "eddy-covariance towers": a front that starts inside a word is part of a term.
	if (/[\p{L}\p{N}][-–]?$/u.test(sentence.slice(0, at))) return true;
	const w = front.split(/\s+/);
	const plain = w.slice(1).every((x) => /^\p{Ll}/u.test(x));
	return plain && w.every((x) => isCommonWord(x) || /^\p{Ll}/u.test(x));
}

/**
 * "the association's president" -> "the National Tennis Association's president", "president of
 * the club" -> "president of the Harbour Club": a common noun standing for a body the article
 * names in full, when exactly one of its names ends in that noun. Null when no one name fits,
 * since "which association?" has no answer on the card.
 */
export function resolveAnchor(back: string, all: FactRecord[]): string | null {
	const m = /^([Tt])he (\p{Ll}+)(?=['’]s\b)|\b(\p{Ll}+) of the (\p{Ll}+)(?=[.,;]?$)/u.exec(back);
	// "struck the outside of the post" needs no anchor; "president of the club" does.
	if (!m || (m[3] && !RELATIONAL.has(m[3]))) return back;
	const noun = m[2] ?? m[4];
	const named = all
		.filter((f) => f.kind === 'organisation' || f.kind === 'place' || f.kind === 'named-thing')
		.filter((f) => f.text.split(/\s+/).length > 1 && f.text.toLowerCase().endsWith(` ${noun}`));
	const names = new Set(named.map((f) => f.text));
	if (names.size !== 1) return null;
	const name = [...names][0];
	// "Carraway County's director", not "the Carraway County's": a place the article names without "the" keeps none.
	const bare = named.every((f) => f.kind === 'place' && !f.nameClass.endsWith('|the'));
	const the = bare ? '' : `${m[1] ?? 't'}he `;
	return back.replace(m[0], m[2] ? `${the}${name}` : `${m[3]} of ${the}${name}`);
}

/**
 * "Both of which also turned out to be rubble piles", "Whose roof fell in": a back that opens on a
 * relative pronoun is the tail of a sentence about something else, and says nothing of the front.
 */
export const RELATIVE_OPENING =
	/^(?:(?:all|both|each|some|most|many|none|one|two|three|several|neither|either|any|few|part|much) of )?(?:which|whom|whose|who)\b/i;

/**
 * "The harbour authority confirmed on Thursday": a term's back that is a name and a reporting verb
 * (with at most a time or place after it) is the attribution of the sentence it came from, not
 * what the term is.
 */
export const REPORTED =
	/\b(?:said|says|confirmed|confirms|announced|announces|reported|reports|added|told|stated|disclosed|revealed|noted|warned)(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^,;:]*)?\.?$/i;

/**
 * "… in 5 minutes 58 seconds against a headwind, the fastest winning time in the final for six
 * years", "… rose 4% last week, the highest level since 2020": an apposition that ranks a measure
 * (a time, a level, a rate) against the past sums up the number of its clause, not the noun it follows.
 */
export function resumptive(phrase: string): boolean {
	if (!/\b(?:since|on record|ever|(?:for|in) (?:\d+|\p{L}+) (?:years|decades|months|seasons|weeks))\b/iu.test(phrase)) return false;
	const ranked = tokenize(phrase)
		.slice(0, 3)
		.find((t) => t.tags.has('Superlative') || /^(?:best|worst|most|least|record)$/i.test(t.text));
	// "the most expensive home ever sold" ranks a thing, which may be what the term is; a measure is not.
	const measure =
		/^(?:the|a|an)\s+(?:\S+\s+){0,3}(?:time|level|figure|total|rate|run|high|low|score|margin|tally|increase|rise|fall|drop|gain|loss|growth|pace|amount|number|result)\b/i;
	return measure.test(phrase.trim()) && ranked !== undefined;
}

/** Whether a phrase read as what a term is, is instead the tail, the attribution or the sum of the sentence (see above). */
export const notAGloss = (phrase: string) => RELATIVE_OPENING.test(phrase.trim()) || REPORTED.test(phrase.trim()) || resumptive(phrase);

/**
 * "A mile off the harbour mouth", "Some 40 kilometres north of the capital": an apposition that
 * gives a distance from somewhere says where the front is, not what it is (rocks? a town?).
 */
const DISTANCE_ONLY =
	/^(?:(?:a|an|some|about|around|roughly|nearly|almost|just|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|few|several|[\d.,]+)\s+)+(?:nautical\s+)?(?:miles?|kilomet(?:re|er)s?|km|metres?|meters?|yards?|feet|foot|leagues?)\s+(?:off|from|north|south|east|west|away|inland|offshore|upstream|downstream|beyond|outside|below|above|along|up|down)\b/i;

/** "The ones who never reach us": a back in the first or second person speaks for someone the card does not name. */
const SPEAKER = /\b(?:we|us|our|you|your|i|me|my)\b|^(?:the )?ones\b/i;

/**
 * The back a card may carry, mended when its anchor is a common noun the article names in full
 * or when it stops inside a list, or null when it is bare, cut short, spoken in the first person
 * or only a distance from somewhere.
 */
export function fitBack(back: string, sentence: string, all: FactRecord[]): string | null {
	// "and that the tower …", "but was …": a back that opens on a conjunction is the second half of a clause.
	if (SPEAKER.test(back) || DISTANCE_ONLY.test(back.trim()) || cutShort(back, sentence) || /^(?:and|but|or|nor|so|yet)\b/i.test(back.trim())) return null;
	// "clocks of church towers" of "…, town halls and market buildings": a list is read to its end.
	const whole = wholeList(back, sentence);
	if (!whole || openEnd(whole)) return null;
	const resolved = resolveAnchor(whole, all);
	return resolved && !unanchored(resolved) ? resolved : null;
}

/**
 * "The chalk was cracked, and that any tunnel would flood": a back read from a reported "that"
 * clause loses the clause's first "that" but keeps the one that opens its second half, which then
 * hangs. The back drops it ("…, and any tunnel would flood"); a "that" before a verb ("…, and that
 * is why …") is a pronoun and stays.
 */
export function secondThat(clause: string): string {
	return clause.replace(/, (and|but) that (\p{L}+)/gu, (whole, link: string, next: string) =>
		AUXILIARIES.has(next.toLowerCase()) ? whole : `, ${link} ${next}`
	);
}
