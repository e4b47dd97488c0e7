import { escapeRegExp } from '../english';
import { tokenize } from '../tokens';
import { pointerPhrase } from '../references-leaning';
import type { Question } from '../../bank/schema';
import { RELATIVE_OPENING, REPORTED } from './card-backs';
import { openEnd } from './card-whole';

/**
 * Flashcards a strict teacher would strike out whichever kind made them: a back that reads
 * wrongly on its own ("The Carraway County's director", "The Large new sewers", "A battery"), one
 * cut off inside a score or a quotation, one whose "it" points at nothing on the card, and a
 * front that starts inside a hyphened term ("Covariance towers" of "eddy-covariance towers").
 */

/** Place names that take no "the": "Carraway County", "Ashby District"; a firm or a body ("the Carrow Water Company") takes one. */
const PLACE_HEAD = /\s(?:County|Province|District|City|Town|Village|State|Region|Island|Shire|Borough|Parish)$/;

/** "The Carraway County's director", "The Lindenport's mayor": "the" before a place's possessive the article writes without it. */
function articleBeforePossessive(back: string, quote: string): boolean {
	const name = /^The ((?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*)['’]s\b/u.exec(back)?.[1];
	if (!name || (name.includes(' ') && !PLACE_HEAD.test(name))) return false;
	return !new RegExp(`\\bthe ${escapeRegExp(name)}`, 'i').test(quote);
}

/** "The Large new sewers": a capital after the opening article on a word the quote writes in lower case or only to open its sentence. */
function capitalInPhrase(back: string, quote: string): boolean {
	const word = /^(?:The|A|An) (\p{Lu}\p{Ll}+)\b/u.exec(back)?.[1];
	if (!word) return false;
	const written = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu');
	const uses = [...quote.matchAll(written)];
	return uses.length > 0 && uses.every((m) => m[0] !== word || m.index === 0 || /[.!?:]\s+["“]?$/.test(quote.slice(0, m.index)));
}

/** "A battery", "The bridge": an article and one bare noun says nothing about what the front is. */
const BARE_NOUN = /^(?:a|an|the)\s+[\p{Ll}-]+\.?$/iu;

/**
 * "Instruments", "The ledgers": a back of one common noun (the quote writes it in lower case) names
 * a kind of thing, not what the front is; a name ("Castellanos") may answer a question's card.
 */
function oneNoun(back: string, quote: string): boolean {
	const word = /^(?:(?:a|an|the)\s+)?([\p{L}-]+)\.?$/iu.exec(back)?.[1];
	return !!word && new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(quote);
}

/**
 * "Director of U" of "Director of U.S. sales", "Vicar of St" of "St. Anne's": a back whose last word
 * is a short capitalised word the quote goes on with a full stop and a letter stops inside an
 * abbreviation, and leaves out what the role is of.
 */
function cutAtAbbreviation(back: string, quote: string): boolean {
	const last = back.split(/\s+/).at(-1) ?? '';
	if (!/^\p{Lu}\p{L}{0,3}$/u.test(last)) return false;
	const at = quote.toLowerCase().indexOf(back.toLowerCase());
	return at >= 0 && /^\.\s?\p{L}/u.test(quote.slice(at + back.length));
}

/** "won 6-3" of "won 6-3, 6-4": a back that stops after one score of a line of scores. */
function cutAfterScore(back: string, quote: string): boolean {
	if (!/\d+[-–]\d+$/.test(back)) return false;
	// The back may open differently ("She beat …" for "Lena Moss beat …"), so its last words are looked up.
	const tail = back.split(/\s+/).slice(-3).join(' ');
	const at = quote.indexOf(tail);
	return at >= 0 && /^,?\s*\(?\d+[-–]\d+/.test(quote.slice(at + tail.length));
}

/** A quotation mark the back opens and never closes, or closes without opening. */
function strayQuote(back: string): boolean {
	const count = (re: RegExp) => (back.match(re) ?? []).length;
	return count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1;
}

/** "Squeezes it into a smaller space" for "What does the compressor do?": the "it" is not the compressor. */
const DANGLING_IT = /^\p{Lu}\p{Ll}+s (?:it|its|them|their)\b/u;

/**
 * "… and told him to turn down that signal" for "What did the crew do?": a back or a key that
 * points with "that/this …" at something the front never names, so only the article says which.
 */
export function pointerInKey(q: Question): string | null {
	const key = q.type === 'flashcard' ? q.back : q.type === 'short_answer' ? q.answer : q.type === 'mcq' ? (q.choices[q.answer] ?? '') : '';
	const pointer = pointerPhrase(key);
	if (!pointer || new RegExp(`\\b${escapeRegExp(pointer.noun)}`, 'i').test(q.prompt)) return null;
	return `the ${q.type === 'flashcard' ? 'back' : 'key'}’s “${pointer.text}” points at nothing on the card`;
}

/**
 * "What does a dehumidifier work like? → A small fridge": a card that asks what its front is like,
 * turned over to a bare noun phrase, names the likeness without what the two share, which is what
 * the article's comparison teaches ("… which heats when compressed and cools when it expands").
 */
function bareLikeness(q: Question & { type: 'flashcard' }): boolean {
	// A clause says what the two share: a verb, or a relative the tagger may read the verb of as a noun ("that soaks up heat").
	const clause = /\b(?:that|which|who|where|when|because|by)\b/i.test(q.back) || tokenize(q.back).some((t) => t.tags.has('Verb') && !t.tags.has('Adjective'));
	return /\blike\?$/.test(q.prompt) && !clause;
}

/** Why a flashcard's front or back is a poor one, or null. */
export function badCard(q: Question): string | null {
	if (q.type !== 'flashcard') return null;
	const quote = q.source?.quote ?? '';
	const back = q.back.trim();
	if (articleBeforePossessive(back, quote)) return 'the back puts “the” before a name’s possessive';
	if (capitalInPhrase(back, quote)) return 'the back has a capital inside its phrase';
	if (BARE_NOUN.test(back) || oneNoun(back, quote)) return 'the back is a bare noun';
	if (bareLikeness(q)) return 'the back names what the front is like, not how';
	if (cutAtAbbreviation(back, quote)) return 'the back stops inside an abbreviation';
	if (cutAfterScore(back, quote)) return 'the back stops after one score of several';
	if (openEnd(back)) return 'the back stops on a word that needs more after it';
	if (strayQuote(back)) return 'the back has a stray quotation mark';
	if (q.prompt.endsWith('?') && DANGLING_IT.test(back)) return 'the back’s “it” points at nothing on the card';
	if (RELATIVE_OPENING.test(back)) return 'the back opens on a relative pronoun';
	if (!q.prompt.endsWith('?') && REPORTED.test(back)) return 'the back is the attribution of its sentence';
	if (!q.prompt.endsWith('?')) {
		const at = quote.toLowerCase().indexOf(q.prompt.toLowerCase());
		if (at > 0 && /[\p{L}\p{N}][-–]$/u.test(quote.slice(0, at))) return 'the front starts inside a hyphened term';
	}
	return null;
}
