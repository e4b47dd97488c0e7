import { findNumber } from '../../quiz/parse-number';
import { listAfter } from '../facts/counted-list';
import type { QuantityFact } from '../facts/types';
import type { Sentence } from '../sentences';
import { tokenize } from '../tokens';
import { ownClause, wholeRelative } from './number-clause';

/**
 * What a "How many …?" question counts and what follows the count: the noun with its "of" phrase,
 * list or rate, and the rest of the clause the question ends on, or nothing where a figure after
 * the count bounds what is counted.
 */

/**
 * An "of" phrase of up to three words after the counted noun ("of equipment", "of reef"): it ends
 * before a preposition, a span of time ("of cargo last year"), the end of the clause or a comma
 * opening another clause ("of added time, and Rovers …"); a comma in a list ("of flour, sugar and
 * salt") does not end it.
 */
const OF_PHRASE =
	/^ of (?:(?!(?:last|this|next|each|every|per)\b)[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+(?= (?:onto|into|to|from|in|on|at|for|by|across|over|off|through|near|along|around|under|with|between|last|this|next|each|every|per)\b|, (?:and|but|while|which|who|when|after|before) |[.!?]?$)/u;

/**
 * "of flour, sugar and salt to the valley": an "of" phrase that is a list of nouns, which goes
 * whole with the noun it measures (its length in characters); 0 when the phrase is no list, null
 * when a list follows whose end cannot be told (the question would name one item as all of it).
 */
function ofList(tail: string): number | null {
	// Only a comma, "and" or "or" can go on to a list: the tagger is not run for other tails.
	if (!/^ of [^.;:]*?(?:,| and | or )/.test(tail)) return 0;
	const tokens = tokenize(tail);
	for (let k = 1; k <= 3 && k < tokens.length; k++) {
		const list = listAfter(tokens, k, false);
		if (list === 'unclear') return null;
		if (list !== 'none') return list.end;
		if (tokens[k].post !== ' ') break;
	}
	return 0;
}

/** A rate after the counted noun ("trains a day"): it stays with the count it qualifies. */
const RATE = /^ (?:a|an|per|each|every) (?:day|night|week|month|year|hour|minute|second|season)\b/;

/**
 * "smaller than 10 millimetres", "older than 65", "aged over 80", "weighing more than 2 kilograms",
 * "of at least 30 centimetres": a measure right after the counted noun, which restricts what is counted.
 */
const MEASURED_QUALIFIER =
	/^,? (?:(?:aged|weighing|measuring|of) )?(?:\p{Ll}+er|more|less|fewer|over|under|above|below|at least|at most|up to)(?: than)? (?:about |around |some |roughly |nearly |almost )?\d/u;

/**
 * "in the final seven minutes", "in his first two overs", "within 48 hours": a span right after the
 * counted noun that bounds the count, so "How many turnovers did Riverton commit?" without it asks
 * for every turnover of the game.
 */
const BOUNDED_SPAN = /^ (?:(?:in|during|over|across) (?:the|his|her|its|their) (?:first|last|final|opening|closing|next|past)\b|within\b)/;

/** "had died three years earlier": a span counted back or on from another event stays with its count ("How many years earlier …?"). */
const SPAN_FROM = /^ (?:earlier|later|before|afterwards|previously)(?=[,.;:!?]|$)/;

/**
 * What a count's question measures and the rest of its clause: "passengers" or "tonnes of
 * equipment" (an "of" phrase, a list or a rate goes with the noun), then the words the question
 * ends on ("onto the barge"), cut where they hold another figure. Null where the noun's "of"
 * phrase or list cannot be told apart from what follows.
 */
export function countedTail(sentence: Sentence, fact: QuantityFact, noun: string, needsOf = false): { measured: string; rest: string } | null {
	let tail = sentence.text.slice(fact.end - sentence.start);
	const listed = ofList(tail);
	if (listed === null) return null;
	let measured = `${noun}${tail.slice(0, listed)}`;
	tail = tail.slice(listed);
	let rest = wholeRelative(tail, ownClause(tail));
	// "40 tonnes of equipment onto …": the "of" phrase stays with the noun it measures.
	const of = listed ? null : OF_PHRASE.exec(rest);
	// "What percentage of the points …": a share is asked only with the whole it is a share of.
	if (needsOf && !of && !listed) return null;
	if (of) measured = `${noun}${of[0]}`.trim();
	if (of) rest = rest.slice(of[0].length);
	if (rest.startsWith(',')) rest = '';
	// "received 450,000 doses of oral cholera vaccine through …": an "of" phrase too long to move would be left after the verb.
	if (/^ of\b/.test(rest)) return null;
	// "How much would the closure save a year?": with no noun the rate stays after the verb.
	const rate = measured ? (RATE.exec(rest) ?? SPAN_FROM.exec(rest)) : null;
	if (rate) {
		measured += rate[0];
		rest = rest.slice(rate[0].length);
	}
	// A year ("in 2026" says which launches) or a figure inside a compound ("a four-day week") stays;
	// any other figure goes with the rest of the clause.
	if (findNumber(rest.replace(/\b(?:1[6-9]|20)\d\d\b|[\p{L}\d]+-[\p{L}\d-]+/gu, ''))) {
		// "found 14 mussels smaller than 10 millimetres": a measure that says which ones were counted
		// cannot go with the rest, and "How many mussels did surveyors find?" would count them all.
		if (MEASURED_QUALIFIER.test(rest) || BOUNDED_SPAN.test(rest)) return null;
		rest = '';
	}
	return { measured, rest };
}
