import type { TaggedSentence } from '../facts/types';
import { nounPhraseEndingAt } from './relation';

/**
 * A term the article (or the people it reports) defines outright with the verb "define":
 * - 'a "pollination deficit", which it defines as the gap between …' (the term before ", which … defines as");
 * - "Drought is defined as a period of …" (a short subject, then "is defined as");
 * - 'The agency defines a "heatwave" as three or more days …' (the term between "defines" and "as").
 * The words after "as" are the definition, up to the next clause. Offsets are the sentence's.
 */

/** A quoted term of up to four words: '"pollination deficit"', '“heatwave”'. */
const QUOTED = /["“]([\p{L}][\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,3})[,.]?["”]/u;

/** ", which it defines as", ", which the agency defined as", ", which researchers define as". */
const WHICH_DEFINES = /^,? which (?:it|they|we|(?:the )?[\p{Ll}-]+(?: [\p{Ll}-]+)?) (?:defines?|defined) as /u;

/** "X is defined as", "X are usually defined as": the subject opens the sentence. */
const IS_DEFINED =
	/^(?:[Tt]he |[Aa]n? )?([\p{L}][\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,3}) (?:is|are|was|were) (?:(?:usually|commonly|often|formally|broadly|narrowly|generally|officially) )?defined as /u;

/** "defines a heatwave as", 'defined “full recovery” as': a term of up to three lower-case words, or a quoted one. */
const DEFINES_AS = /\b(?:defines?|defined) (?:(?:a|an|the) )?(?:["“]([^"”]{2,40}?)[,.]?["”]|([\p{Ll}][\p{Ll}-]*(?: [\p{Ll}-]+){0,2})) as /gu;

/** Where a definition's words end: a semicolon, or a comma opening another clause. */
const NEXT_CLAUSE = /;|, (?:and|but|while|whereas|although|so|because)\b| [—–] /;

export interface DefinedTerm {
	term: string;
	/** Where the term starts. */
	at: number;
	gloss: string;
}

/** The definition after "as", cut at the next clause; null unless it opens as a noun phrase does. */
function glossFrom(s: TaggedSentence, from: number): string | null {
	const rest = s.text.slice(from);
	const cut = rest.search(NEXT_CLAUSE);
	const gloss = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[.!]\s*$/, '').trim();
	const i = s.tokens.findIndex((t) => t.start === from);
	const [first, next] = [s.tokens[i], s.tokens[i + 1]];
	if (!first) return null;
	// A noun phrase opens on a determiner or a number ("the gap …", "three or more days"), a noun, a gerund
	// with its object ("keeping a patient …") or an adjective before its noun; "defined as promising by the
	// panel" is a judgement, not a definition.
	const has = (t: typeof first | undefined, tag: string) => t?.tags.has(tag) ?? false;
	const opens =
		has(first, 'Determiner') ||
		has(first, 'Value') ||
		(has(first, 'Noun') && !has(first, 'Adjective') && !has(first, 'Gerund')) ||
		(has(first, 'Gerund') && !has(next, 'Preposition') && !has(next, 'Adverb')) ||
		(has(first, 'Adjective') && has(next, 'Noun'));
	return opens ? gloss : null;
}

/** Whether the words are a pronoun ("defines itself as", "defined them as"): no term. */
const pronoun = (s: TaggedSentence, at: number, length: number) => s.tokens.some((t) => t.start >= at && t.end <= at + length && t.tags.has('Pronoun'));

/** "tracking creep, which …": a verb the phrase opens on is the clause's, not the term's. */
function withoutVerb(s: TaggedSentence, term: { at: number; text: string }): { at: number; text: string } | null {
	const words = s.tokens.filter((t) => t.start >= term.at && t.end <= term.at + term.text.length);
	const first = words.findIndex((t) => !t.tags.has('Verb') || t.tags.has('Noun'));
	if (first < 0) return null;
	const at = words[first].start;
	return { at, text: term.text.slice(at - term.at) };
}

export function definedTerms(s: TaggedSentence): DefinedTerm[] {
	const out: DefinedTerm[] = [];
	// 'a "pollination deficit", which it defines as …' and 'fatigue, which engineers define as …'.
	for (const m of s.text.matchAll(/,? which [^,;]{1,30}? (?:defines?|defined) as /gu)) {
		const at = m.index ?? 0;
		if (!WHICH_DEFINES.test(s.text.slice(at))) continue;
		const before = s.text.slice(0, at);
		const quoted = new RegExp(`${QUOTED.source}$`, 'u').exec(before);
		const term = quoted ? { at: (quoted.index ?? 0) + quoted[0].indexOf(quoted[1]), text: quoted[1] } : nounPhraseEndingAt(s, at);
		const gloss = glossFrom(s, at + m[0].length);
		const head = term && !quoted ? withoutVerb(s, term) : term;
		if (head && gloss) out.push({ term: head.text.replace(/^(?:a|an|the) /i, ''), at: head.at + (/^(?:a|an|the) /i.exec(head.text)?.[0].length ?? 0), gloss });
	}
	const subject = IS_DEFINED.exec(s.text);
	if (subject) {
		const gloss = glossFrom(s, subject[0].length);
		if (gloss && !pronoun(s, subject[0].indexOf(subject[1]), subject[1].length)) out.push({ term: subject[1], at: subject[0].indexOf(subject[1]), gloss });
	}
	for (const m of s.text.matchAll(DEFINES_AS)) {
		const term = m[1] ?? m[2];
		const at = (m.index ?? 0) + m[0].indexOf(term);
		const gloss = glossFrom(s, (m.index ?? 0) + m[0].length);
		if (gloss && !pronoun(s, at, term.length)) out.push({ term, at, gloss });
	}
	return out;
}
