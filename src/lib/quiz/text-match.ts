import { editDistance, typoBudget } from './distance';
import { normaliseAnswer } from './normalise';
import { findNumber } from './parse-number';

export interface Match {
	correct: boolean;
	/** False when the answer counted only thanks to a forgiven typo or number tolerance. */
	exact: boolean;
}

export const WRONG: Match = { correct: false, exact: false };
const EXACT: Match = { correct: true, exact: true };
const CLOSE: Match = { correct: true, exact: false };

/** The comparison key of an answer; one made only of punctuation is compared as typed. */
function key(s: string): string {
	return normaliseAnswer(s) || s.trim().toLowerCase();
}

/** The numbers written in digits, in order: a typo is never forgiven in a number. */
function digits(s: string): string {
	return (s.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
}

/** "17" for "Seventeen", "17 drones" for "seventeen drones": the same number, the same words around it. */
function sameNumber(response: string, candidate: string): boolean {
	const given = findNumber(response);
	const wanted = findNumber(candidate);
	if (!given || !wanted || given.value !== wanted.value) return false;
	const words = (m: { before: string[]; after: string[] }) => `${key(m.before.join(' '))}|${key(m.after.join(' '))}`;
	return words(given) === words(wanted);
}

/**
 * Grades a typed answer against the answer and its accepted alternatives. Right when, after
 * `normaliseAnswer`, it equals one of them, or names the same number with the same words
 * around it ("17" for "Seventeen"); right but not exact when it is within `typoBudget` edits
 * (`editDistance`) of one of them with the same digits. Whole answers are compared, never
 * prefixes or parts, so "Moscow" does not accept "Moscowx y z"; an empty answer is wrong.
 */
export function matchText(response: string, candidates: readonly string[]): Match {
	const given = key(response);
	if (given === '') return WRONG;
	const keys = candidates.map(key).filter((k) => k !== '');
	if (keys.includes(given)) return EXACT;
	if (candidates.some((candidate) => sameNumber(response, candidate))) return EXACT;
	const close = candidates.some((candidate) => {
		const wanted = key(candidate);
		const budget = typoBudget(candidate);
		return budget > 0 && digits(given) === digits(wanted) && editDistance(given, wanted) <= budget;
	});
	return close ? CLOSE : WRONG;
}
