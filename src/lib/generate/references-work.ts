import type { Replacement } from './references-resolve';

/**
 * The work a review is about: the title its headline gives, else the title it quotes most, at
 * least twice. A review speaks of its subject as "the novel" or "the play"; a question must name
 * it, and a quoted title in title case (no speech: speech has lower-case words and its own
 * punctuation) is how the review names it.
 */

/** Words a title in title case keeps in lower case: articles, conjunctions, short prepositions. */
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from']);

const QUOTED = /[“"](\p{Lu}[^“”"]{0,60})[”"]/gu;

function titleCase(text: string): boolean {
	const words = text.split(/\s+/);
	return words.length <= 6 && !/[,.;:!?]/.test(text) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL.has(w)));
}

/**
 * A review's headline naming its work: "Review: ‘Salt and Iron’ …", "Review: The Salt Clerks by
 * Miriam Oduya – …", "The Salt Ledger review: …". Unquoted, the title is what stands before the
 * author's "by" or before "review".
 */
const HEADLINE_QUOTED = /^Review:\s*[‘“"]([^’”"]{1,60})[’”"]/i;
const HEADLINE_BY = /^(?:Review:\s*)?([^:–—]+?) by \p{Lu}/u;
const HEADLINE_REVIEW = /^([^:–—]+?) review\b/i;

function headlineTitle(headline: string): string | null {
	const quoted = HEADLINE_QUOTED.exec(headline)?.[1];
	if (quoted && titleCase(quoted)) return quoted;
	if (!/\breview\b/i.test(headline)) return null;
	const plain = (HEADLINE_BY.exec(headline) ?? HEADLINE_REVIEW.exec(headline))?.[1];
	// "A review of …" opens on no title: a title has a word of its own.
	return plain && titleCase(plain) && plain.split(/\s+/).some((w) => !SMALL.has(w.toLowerCase())) ? plain : null;
}

/** "titled “Tide”, “Ledger” and “Ash”": a title quoted in a list beside others names a part (a chapter, a song, a room), not the work. */
function listed(article: string, at: number, end: number): boolean {
	return /[”"],? (?:and |or )?$/.test(article.slice(Math.max(0, at - 8), at)) || /^,? (?:and |or )?[“"]/.test(article.slice(end, end + 8));
}

let last: { text: string; title: string | null } = { text: '', title: null };

/**
 * The work's title: the one the headline (the first line) gives, else the title quoted most, twice
 * or more and more often than any other, leaving out titles quoted in a list; or null.
 */
export function workTitle(article: string): string | null {
	if (last.text === article) return last.title;
	const counts = new Map<string, number>();
	for (const m of article.matchAll(QUOTED))
		if (titleCase(m[1]) && !listed(article, m.index, m.index + m[0].length)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
	const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
	const quoted = first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
	const title = headlineTitle(article.split('\n', 1)[0].trim()) ?? quoted;
	last = { text: article, title };
	return title;
}

/** What a review calls the whole of its work when a sentence opens on it. */
const OPENS_ON_WORK = /^The (?:novel|book|play|film|movie|series|opera|musical|production|show|album|exhibition|memoir|collection)\b/;

/**
 * "The play runs for 2 hours 35 minutes …" → "“The Salt House” runs for …": out of the review,
 * "the play" is any play, so a sentence opening on it names the review's work instead.
 */
export function workReference(sentence: string, article: string): Replacement | null {
	const m = OPENS_ON_WORK.exec(sentence);
	const title = m ? workTitle(article) : null;
	if (!m || !title) return null;
	return { at: 0, from: m[0], to: `“${title}”`, antecedent: Math.max(0, article.search(/[“"]/)) };
}
