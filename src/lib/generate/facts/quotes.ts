import type { QuoteFact, TaggedSentence } from './types';
import { SPEECH_VERBS } from './lexicon';

/** Quoted speech inside one sentence: “…” or "…", at least five words long. */
const QUOTED = /[“"]([^“”"]{2,}?)[”"]/g;

export interface QuoteSpan {
	inner: string;
	start: number;
	end: number;
	/** The words of the sentence outside the quote, where its attribution sits. */
	attribution: string;
	/** Where the attribution that interrupts a quote sits, as offsets in the article. */
	gap?: { start: number; end: number };
}

/**
 * The attribution between the two halves of an interrupted quote ("…,” she wrote, “not on …”):
 * a short clause that ends on a comma, with no sentence punctuation of its own.
 */
const BETWEEN_HALVES = /^\s*[^“”".!?;:]{1,60},\s*$/;

/**
 * The quotes of a sentence with the text after (or before) them that attributes them. A quote
 * the attribution interrupts ("We will be judged on whether this happens again," she wrote, "not
 * on how well we explained it.") is one quote, its halves joined by an ellipsis: either half alone
 * is a cut phrase ("not on how well we explained it").
 */
export function findQuotes(s: TaggedSentence): QuoteSpan[] {
	const matches = [...s.text.matchAll(QUOTED)];
	const out: QuoteSpan[] = [];
	for (let i = 0; i < matches.length; i++) {
		const m = matches[i];
		const at = (m.index ?? 0) + 1;
		let inner = m[1];
		let end = at + inner.length;
		const next = matches[i + 1];
		const between = next ? s.text.slice(end + 1, next.index) : '';
		let gap: QuoteSpan['gap'];
		if (next && /,\s*$/.test(inner) && /^\p{Ll}/u.test(next[1]) && BETWEEN_HALVES.test(between)) {
			gap = { start: s.start + end + 1, end: s.start + (next.index ?? 0) };
			inner = `${inner.replace(/,\s*$/, '')} … ${next[1]}`;
			end = (next.index ?? 0) + 1 + next[1].length;
			i++;
		}
		if (inner.trim().split(/\s+/).length < 5) continue;
		const after = s.text.slice(end + 1);
		const before = s.text.slice(0, at - 1);
		const attribution = `${before} … ${gap ? `${between.trim()} … ` : ''}${after}`;
		out.push({ inner, start: s.start + at, end: s.start + end, attribution, ...(gap ? { gap } : {}) });
	}
	return out;
}

/** Whether the attribution holds a speech verb ("he added", "said Governor …"). */
export function attributes(attribution: string): boolean {
	return attribution
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.some((w) => SPEECH_VERBS.has(w));
}

/** A quote fact with its speaker's full name. */
export function quoteFact(s: TaggedSentence, q: QuoteSpan, speaker: string): QuoteFact {
	return {
		kind: 'quote',
		text: q.inner,
		speaker,
		sentence: s.index,
		start: q.start,
		end: q.end,
		answer: speaker,
		answerStart: q.start,
		answerEnd: q.end,
		key: `quote|${q.inner.slice(0, 60).toLowerCase()}`
	};
}
