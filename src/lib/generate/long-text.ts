import type { Sentence } from './sentences';

/**
 * A bank holds at most a few dozen questions, and an article of 1,500 words asks from about
 * 80 sentences; a book chapter of 200,000 characters has 2,000. Phrasing, checking and choosing
 * questions from all of them costs minutes on a phone for a bank that keeps one sentence in
 * thirty. So a long text is asked from its most central sentences only, taken section by
 * section so that the quiz still spans the whole text. Facts are still read from every
 * sentence: distractors, names and references draw on the whole text.
 */

/** Up to this many body sentences, every one is asked from: every article the fixtures hold. */
export const ASKED_SENTENCES = 400;

/** The text is cut into this many runs of sentences, each giving the same share of the asked ones. */
const SECTIONS = 10;

/**
 * The indices of the sentences questions are drawn from, or `undefined` when the text is short
 * enough to ask from all. Headings always stay: a review's score line is one.
 */
export function askedSentences(sentences: readonly Sentence[], centrality: ReadonlyMap<number, number>, limit = ASKED_SENTENCES): Set<number> | undefined {
	const body = sentences.filter((s) => !s.heading);
	if (body.length <= limit) return undefined;
	const out = new Set(sentences.filter((s) => s.heading).map((s) => s.index));
	const size = Math.ceil(body.length / SECTIONS);
	const share = Math.floor(limit / SECTIONS);
	for (let from = 0; from < body.length; from += size) {
		const section = body.slice(from, from + size);
		const best = [...section].sort((a, b) => (centrality.get(b.index) ?? 0) - (centrality.get(a.index) ?? 0) || a.index - b.index);
		for (const s of best.slice(0, share)) out.add(s.index);
	}
	return out;
}
