import { BLANK } from '../../bank/schema';
import { outsideQuotes, unresolvedPronoun } from '../english';
import { demonstrativeLeans } from '../references';
import { splitSentences } from '../sentences';
import { unclosedQuote } from '../grammar';
import { tokenize } from '../tokens';
import { clauseVerb, cutEndsClause } from './cut-point';

/**
 * A fill-in prompt too long to read as a question (two long sentences: the blank's own and the one
 * before it that resolves a reference) is cut, not dropped: the clauses after the blank, which the
 * blank does not need, go first ("… in ____ after marrying Nils Lindh, a Swedish engineer …");
 * then, when still too long, the clauses after the context sentence's main clause, which a
 * reference does not need ("X is hardly a household name, even in Sweden, where she …"). A cut
 * is made only where a new clause starts (", and …", ", which …", "; …", " — …") and leaves a
 * clause with a verb; when no cut brings the prompt under the limit, it is left as it was (and
 * the length check drops it).
 */

/** Where a trailing clause starts: a comma before a conjunction or relative word (a closed class), a semicolon, a dash. */
const CLAUSE_START =
	/,\s+(?:and|but|while|whereas|which|where|who|whom|whose|(?:many|most|some|all|none|one) of (?:whom|which)|although|though|so|yet|leaving|making|bringing|taking|according to)\s|;\s+|\s[—–]\s/g;

/**
 * The sentence cut at the first clause start at or after `from`, ended with a full stop; null when
 * no cut there leaves a clause with a verb, its quotations closed and no dash aside left open.
 */
export function cutAfter(sentence: string, from: number): string | null {
	for (const m of sentence.matchAll(CLAUSE_START)) {
		const at = m.index ?? 0;
		if (at < from) continue;
		// A comma before an aside inside the clause, or before a list's last item, ends no clause (see cut-point.ts).
		if (m[0].startsWith(',') && !cutEndsClause(sentence, at)) continue;
		const kept = sentence.slice(0, at).replace(/[\s,:]+$/, '');
		// A dash that closes an aside opened before it ends no clause: "X — a bog, which … — was …".
		if (/[—–]/.test(m[0]) && /\s[—–]\s/.test(kept)) continue;
		if (unclosedQuote(kept) || !tokenize(kept).some(clauseVerb)) continue;
		return `${kept}.`;
	}
	return null;
}

/** Where a sentence's main clause has its first finite verb (its end when it has none). */
function firstVerbEnd(sentence: string): number {
	return tokenize(sentence).find(clauseVerb)?.end ?? sentence.length;
}

/** "The rail", "Those gaps": the noun a sentence opens on with a definite or demonstrative determiner. */
const OPENING_HEAD = /^(?:The|This|That|These|Those|Such)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=[\s,])/u;

/**
 * Whether a context sentence cut to `kept` still holds what the blank's sentence refers to: the
 * cut-off part names nobody (no capitalised word), the sentence leans by "he" or "she" (a person
 * the kept main clause names) and by no "it", "they" or "this …" whose noun the cut-off part may
 * hold, and a noun it opens on ("The rail had been …") is one the kept part says.
 */
function keepsReferent(context: string, kept: string, own: string): boolean {
	const tail = context.slice(kept.length - 1);
	if (/\p{Lu}/u.test(tail)) return false;
	const ownWords = outsideQuotes(own);
	if (/\b(?:it|its|they|them|their)\b/i.test(ownWords) || demonstrativeLeans(ownWords)) return false;
	const head = OPENING_HEAD.exec(ownWords)?.[1];
	if (head && !new RegExp(`\\b${head}`, 'i').test(kept)) return false;
	return !unresolvedPronoun(outsideQuotes(`${kept} ${own}`));
}

/**
 * The prompt cut to at most `max` characters as above, or unchanged when it is short enough or no
 * cut brings it there. Only prompts with a blank are cut: a statement's claim is its whole sentence.
 */
export function shortenPrompt(prompt: string, max: number): string {
	if (prompt.length <= max || !prompt.includes(BLANK)) return prompt;
	const parts = splitSentences(prompt).map((s) => s.text);
	const own = parts.findIndex((p) => p.includes(BLANK));
	if (own < 0 || parts.join(' ').length !== prompt.length) return prompt;
	const cut = [...parts];
	const fits = () => cut.join(' ').length <= max;
	const ownCut = cutAfter(cut[own], cut[own].indexOf(BLANK) + BLANK.length);
	if (ownCut) cut[own] = ownCut;
	for (let i = 0; i < own && !fits(); i++) {
		const context = cutAfter(cut[i], firstVerbEnd(cut[i]));
		if (context && keepsReferent(cut[i], context, cut[own])) cut[i] = context;
	}
	return fits() ? cut.join(' ') : prompt;
}
