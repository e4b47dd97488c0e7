import { BLANK } from '../../bank/schema';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';
import { asStatement, LEANING_LEAD, lowerFirst } from '../english';
import { isCommonWord } from '../frequency';
import type { Token } from '../tokens';
import { agreeArticle } from './article-agreement';
import { cutEndsClause } from './cut-point';

/**
 * Turning a sentence into prompts: the sentence with one span blanked, the sentence as a
 * statement with one span replaced, and the subject moved into a question (the "How many …?"
 * questions built on it are in how-many.ts).
 */

const CONNECTIVE =
	/^(?:As a result|As a consequence|Consequently|Additionally|Meanwhile|Notably|However|Moreover|Furthermore|In addition|Also|Instead|Still|Yet|Overall|In conclusion|In total),\s+/;

/** The sentence without a leading connective ("Additionally, …"), its first letter capitalised. */
export function trimLead(text: string): { text: string; cut: number } {
	const m = CONNECTIVE.exec(text);
	if (!m) return { text, cut: 0 };
	const rest = text.slice(m[0].length);
	return { text: rest.charAt(0).toUpperCase() + rest.slice(1), cut: m[0].length };
}

/** Whether a sentence leans on the one before: it opens with a pronoun or a demonstrative. */
export function startsWithPronoun(text: string): boolean {
	return LEANING_LEAD.test(trimLead(text).text);
}

/** Whether the sentence is (mostly) someone speaking: quoted words in the first person. */
export function isFirstPersonQuote(text: string): boolean {
	return /[“"][^”"]*\b(?:I|we|We|our|Our|my|My|us)\b/.test(text) || /^[“"]/.test(text);
}

/** A comma that opens a trailing aside ("…, causing minor damages"): the sentence stands without it. */
const ASIDE =
	/,\s(?:with|which|who|while|as|causing|leading|prompting|signaling|signalling|including|where|when|according|making|bringing|adding|raising|but)\b/g;

/** Prompts longer than this lose their trailing aside, when the replaced span sits before it. */
const LONG = 170;

/**
 * The sentence with the span [start, end) (absolute offsets) replaced, connective trimmed. A long
 * sentence is cut at the first aside after the span, so the prompt stays readable and still says
 * only what the article says.
 */
export function replaceSpan(sentence: Sentence, start: number, end: number, by: string): string {
	const replaced = sentence.text.slice(start - sentence.start, end - sentence.start);
	const head = agreeArticle(sentence.text.slice(0, start - sentence.start), by) + by;
	let tail = sentence.text.slice(end - sentence.start);
	// "… in the U.S.": the abbreviation's dot also ended the sentence, so the prompt keeps one.
	if (tail === '' && /\.$/.test(replaced) && !/[.!?]$/.test(by)) tail = '.';
	if (head.length + tail.length > LONG) {
		for (const m of tail.matchAll(ASIDE)) {
			const kept = tail.slice(0, m.index);
			// An aside inside the clause is no place to end it (see cut-point.ts).
			if (!cutEndsClause(head + tail, head.length + (m.index ?? 0))) continue;
			if ((kept.match(/[“”"]/g) ?? []).length % 2 === 0 && !/[“"][^”"]*$/.test(head)) {
				tail = asStatement(kept);
				break;
			}
		}
	}
	return trimLead(head + tail).text;
}

/** The sentence with the fact's answer span blanked. */
export function blankOut(sentence: Sentence, fact: FactRecord): string {
	return replaceSpan(sentence, fact.answerStart, fact.answerEnd, BLANK);
}

/**
 * A subject moved after "do/does/did": "Operators" becomes "operators", "The team" "the team";
 * a name ("Siemens", "NATO") keeps its capital. `first` is the subject's first word.
 */
export function movedSubject(raw: string, first: Token): string {
	// "Northfield's procession": a capitalised word that is no common English word is a name.
	const name =
		['ProperNoun', 'Person', 'Place', 'Organization', 'Month', 'WeekDay'].some((tag) => first.tags.has(tag)) ||
		/^\p{Lu}{2,}/u.test(first.text) ||
		!isCommonWord(first.text) ||
		// "Aurora Orbital": a common word before another capitalised one opens a name.
		(/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(raw) && !/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Some|Many|Most|All|Both)\b/.test(raw));
	return name ? lowerFirst(raw) : raw.charAt(0).toLowerCase() + raw.slice(1);
}
