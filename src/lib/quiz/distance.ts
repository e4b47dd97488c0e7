import { normaliseAnswer } from './normalise';

/** Most typos forgiven in any answer, however long. */
const MAX_TYPOS = 3;
/** One typo forgiven per this many letters. */
const LETTERS_PER_TYPO = 5;

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two adjacent characters each cost one, so "Kiyv" is one
 * typo away from "Kyiv". Works on code points, so a letter outside the BMP counts once.
 */
export function editDistance(a: string, b: string): number {
	const s = Array.from(a);
	const t = Array.from(b);
	// Three rows of the dynamic-programming table: two back for transpositions.
	let before: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				best = Math.min(best, before[j - 2] + 1);
			}
			current.push(best);
		}
		before = previous;
		previous = current;
	}
	return previous[t.length];
}

/**
 * How many typos an answer may hold and still count: none for answers under five letters (a
 * typo there is usually another word: "Iran", "Iraq"), then one per five letters, at most
 * three. Letters and digits of the normalised answer are counted; spaces are not.
 */
export function typoBudget(expected: string): number {
	const letters = Array.from(normaliseAnswer(expected).replace(/ /g, '')).length;
	return Math.min(MAX_TYPOS, Math.floor(letters / LETTERS_PER_TYPO));
}
