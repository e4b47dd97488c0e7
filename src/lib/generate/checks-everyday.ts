import type { Question } from '../bank/schema';
import { frequencyRank } from './frequency';

/** Below this place in the frequency list a word is everyday English, not a term an article defines. */
const EVERYDAY_RANK = 8000;

/**
 * A card's front must be a name, a term of several words, a rare word the article defines, or a
 * question. "Project", "Degrees", "Heat source": one or two everyday words in sentence case name
 * no one thing, and a learner cannot tell what the card wants.
 */
export function genericFront(q: Question): string | null {
	if (q.type !== 'flashcard' || q.prompt.endsWith('?')) return null;
	return everyday(q.prompt) ? 'the card’s front is an everyday word, not a name or a term' : null;
}

/** One or two everyday words with no capital or digit after the first letter ("Project", "heat source"). */
function everyday(phrase: string): boolean {
	const words = phrase.trim().split(/\s+/);
	// A capital after the first letter ("Þjórsá River", "HbA1c", "Quay 9") marks a name or a code.
	if (words.length > 2 || /\p{Lu}|\d/u.test(phrase.trim().slice(1))) return false;
	return words.every((w) => frequencyRank(w.replace(/[^\p{L}'’-]/gu, '')) < EVERYDAY_RANK);
}

/**
 * "What does the article call …?" asks for a term the article names: "bridges", "degrees",
 * "project" or "heat source" are everyday words a learner could not guess were wanted, and came
 * from a list or a clause read as a definition.
 */
export function everydayTerm(q: Question): string | null {
	if (!/^What does the article call\b/.test(q.prompt)) return null;
	const key = q.type === 'mcq' ? (q.choices[q.answer] ?? '') : q.type === 'short_answer' || q.type === 'cloze' ? q.answer : '';
	return key && everyday(key) ? 'the term asked for is an everyday word' : null;
}
