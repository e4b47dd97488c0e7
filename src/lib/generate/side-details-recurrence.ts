import { escapeRegExp } from './english';
import type { Candidate } from './questions';
import type { SideView } from './side-details';
import { isLead } from './side-details-asides';

/**
 * Side details judged by whether the article comes back to what a count counts. "The museum has
 * worked with eight schools", "the clinic has 14 partner clinics", "her parents had three
 * daughters": when the schools, clinics or daughters are said nowhere else, neither in the
 * headline nor in another sentence, a small count is background to the story, not part of it. The
 * lead is the story’s own summary, so its counts are never judged so.
 */

/** A word's stem for matching its other forms: "schools" and "school", "daughters" and "daughter". */
const stem = (word: string) =>
	word
		.toLowerCase()
		.replace(/(?:ies|es|s)$/, '')
		.slice(0, 6);

/** How many times words of a stem are written in a text; kept per article, as every candidate asks. */
function timesSaid(s: string, text: string): number {
	if (said.text !== text) said = { text, counts: new Map() };
	let n = said.counts.get(s);
	if (n === undefined) {
		n = (text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(s)}\\p{L}*`, 'giu')) ?? []).length;
		said.counts.set(s, n);
	}
	return n;
}

let said: { text: string; counts: Map<string, number> } = { text: '', counts: new Map() };

/** Whether the last word of what a count counts is said again in the article or in the headline. */
function countedRecurs(counts: string, view: SideView): boolean {
	const head = counts.trim().split(/\s+/).at(-1) ?? '';
	if (head.length < 3) return true;
	const s = stem(head);
	return timesSaid(s, view.text) >= 2 || (view.title !== undefined && timesSaid(s, view.title) >= 1);
}

/**
 * Background counts are small ("two daughters", "eight schools", "three earlier attempts"); a large
 * one ("2,300 sacks of rye", "1,800 meals a day") is usually what records or a study found.
 */
const SMALL = 20;

/**
 * Whether a candidate asks a small count of something the article names once, outside the lead.
 * Ranking puts it after central questions (see rank.ts); it is not dropped, since the count may
 * still be a fact of the story ("eleven municipalities" where schools stay closed).
 */
export function backgroundCount(c: Candidate, view: SideView): boolean {
	return (
		c.fact.kind === 'quantity' &&
		c.fact.counts !== undefined &&
		c.fact.value <= SMALL &&
		c.fact.form.currency === '' &&
		c.fact.form.percent === '' &&
		!isLead(c, view) &&
		!countedRecurs(c.fact.counts, view)
	);
}
