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
}

/** The quotes of a sentence with the text after (or before) them that attributes them. */
export function findQuotes(s: TaggedSentence): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	for (const m of s.text.matchAll(QUOTED)) {
		const inner = m[1];
		if (inner.trim().split(/\s+/).length < 5) continue;
		const at = (m.index ?? 0) + 1;
		const after = s.text.slice(at + inner.length + 1);
		const before = s.text.slice(0, at - 1);
		const attribution = `${before} … ${after}`;
		out.push({ inner, start: s.start + at, end: s.start + at + inner.length, attribution });
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
