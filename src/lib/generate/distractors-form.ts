import { HONORIFICS } from './facts/lexicon';

/**
 * What the words beside a blank say about the form of its answer, which a choice of another form
 * gives away:
 * - "an engineer, Mr ____, to report": the prompt holds the honorific, so a choice that brings
 *   its own ("Mr Pearce", "Dr Okoro") reads "Mr Mr Pearce" and is plainly not the answer.
 * - "born in ____, Minnesota": the region after the blank says where the place lies, and the
 *   article's other towns are rarely in it ("Seattle, Minnesota"), so no choice of them is fair.
 */

/** The honorific right before the blank: "Mr ____", "Dr. ____". */
export function honorificBeforeBlank(prompt: string): boolean {
	const m = /(\p{L}+)\.?\s+_{4}/u.exec(prompt);
	return !!m && HONORIFICS.has(m[1].toLowerCase());
}

/** Titles a name may open on beyond the honorifics a bare surname takes: "Miss Edith Langley", "Alderman Thomas Reddaway". */
const TITLES = new Set(['miss', 'lady', 'lord', 'alderman', 'councillor', 'professor', 'canon']);

/** Whether a name opens on an honorific or a title: "Mr Pearce", "Dr. Okoro", "Alderman Thomas Reddaway". */
export function opensOnHonorific(name: string): boolean {
	const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
	return HONORIFICS.has(first) || TITLES.has(first);
}

/** "____, Minnesota,", "____, Ontario.": capitalised words set off by commas right after the blank name the place's region. */
export const regionAfterBlank = (prompt: string) => /_{4},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?=[,.;:)]|$)/u.test(prompt);
