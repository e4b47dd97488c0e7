import { escapeRegExp } from '../english';
import type { TaggedSentence } from '../facts/types';
import { CARRIES_ON } from '../references';
import type { FindContext } from './kind';

/**
 * Words that opened a sentence, moved inside another: "Glaciers grind …" → "glaciers grind …". A
 * word the article also writes capitalised inside a sentence is a name ("Kelderby turns …") and
 * keeps its capital.
 */
function opening(words: string, ctx: FindContext): string {
	const first = words.split(' ')[0];
	const inside = new RegExp(`[^.!?\\s]\\s+${escapeRegExp(first)}\\b`, 'u');
	if (ctx.article.sentences.some((t) => inside.test(t.text))) return words;
	return `${first.charAt(0).toLowerCase()}${words.slice(1)}`;
}

/** A preposition ending the words before a named thing: "grind bedrock into a fine powder called …". */
const ENDS_IN_PREPOSITION = /^[^,;:()“”"—–]+ (?:into|to|from|in|on|onto|with|through|by|of|for|as) (?:a|an|the) $/;

/** Determiners that count or pick out ("certain", "many", "several"): English's closed class of them. */
const QUANTIFIER = /^(?:certain|some|many|several|most|various|numerous|few|such|other|both|all)\s/i;

/**
 * "To separate day from night visitors, the researchers used a technique known as …": a purpose
 * fronted before the clause that brings the thing in says what the thing is for, which a bare "the
 * technique" does not. Groups: the purpose, and the clause up to the thing's article.
 */
const PURPOSE = /^To ([\p{Ll}][^,;:()“”"—–]{5,80}), ((?:the|a|an) [\p{Ll}][^,;:()“”"—–]{2,50}?) (?:a|an|the) $/u;

const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;

/**
 * The thing a name is given, as a learner can pick it out: "the fine powder" alone could be any
 * powder, so the clause around it comes along. "Glaciers grind bedrock into a fine powder called
 * glacial flour" gives "the fine powder that glaciers grind bedrock into"; "Large new sewers,
 * called intercepting sewers, were laid parallel to the Thames" gives "the large new sewers that
 * were laid parallel to the Thames". Otherwise the thing alone ("the special fluid").
 */
export function describedThing(s: TaggedSentence, thing: { at: number; text: string }, after: number, ctx: FindContext): string {
	const words = opening(thing.text.replace(/^(?:a|an|the) /i, ''), ctx);
	// "Certain metals, called …": a quantifier is the phrase's determiner, and "the certain metals" has two.
	const bare = QUANTIFIER.test(words) ? words : `the ${words}`;
	const before = s.text.slice(0, thing.at);
	// The words before must be a clause of their own ("But in a minority, known as …" is none).
	const clause = s.tokens.some((t) => t.end <= thing.at && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun'));
	// A pronoun in those words ("The mill ground it into …") would leave the gloss leaning on an unseen sentence.
	if (ENDS_IN_PREPOSITION.test(before) && clause && !CARRIES_ON.test(before) && !PRONOUN.test(before))
		return `${bare} that ${opening(before.replace(/ (?:a|an|the) $/, ''), ctx)}`;
	const purpose = PURPOSE.exec(before);
	if (purpose && clause && !PRONOUN.test(before)) return `${bare} that ${purpose[2]} to ${purpose[1]}`;
	const predicate =
		thing.at === 0 ? /^, ((?:was|were|is|are|had|has|have|would|will|can|could)\b[^,;:()“”"—–]+)\.?$/.exec(s.text.slice(after))?.[1] : undefined;
	return predicate ? `${bare} that ${predicate.replace(/\.$/, '')}` : bare;
}

/**
 * ", in which astronomers watch …", ", which turns the water milky …": a clause on the term that
 * closes its sentence; one joined to a second clause (", and the lake …") says more than the term.
 */
const RELATIVE_TAIL = /^, (in which|which|that|where) (?!.*, (?:and|but|while) )([^;“”"]+?)[.!]?$/;

/**
 * The gloss of a named thing: "the large steel tanks", with the clause around it (see
 * definition-gloss.ts), or with the clause the article adds after the term, "a technique in which
 * astronomers watch a distant star …" (a bare "the technique" says nothing of what the term is).
 */
export function namedGloss(s: TaggedSentence, thing: { at: number; text: string }, after: number, ctx: FindContext): string {
	const bare = thing.text.replace(/^(?:a|an|the) /i, '');
	const described = describedThing(s, thing, after, ctx);
	const tail = RELATIVE_TAIL.exec(s.text.slice(after));
	// What the thing is made from or into, said before its name, comes first; failing that, the clause after it.
	if (!tail || described.toLowerCase() !== `the ${bare}`.toLowerCase()) return described;
	const article = /\b(an?) $/i.exec(s.text.slice(0, thing.at))?.[1].toLowerCase() ?? 'the';
	return `${article} ${bare} ${tail[1]} ${tail[2]}`;
}
