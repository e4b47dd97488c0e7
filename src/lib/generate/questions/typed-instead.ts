import { BLANK } from '../../bank/schema';
import { isNumber } from '../numbers';
import { MIN_CHOICES } from '../checks';
import { keyedArticle } from './article-agreement';
import { questionId, type Candidate } from './candidate';

/**
 * A common noun ("degrees", "bioreactor") has no sort of its own that wrong choices could share:
 * the other nouns of the article beside it are random words, and the one that fits the grammar
 * or the topic gives itself away. Such a question is asked typed: a blank becomes a cloze, and a
 * "What does the article call …?" keeps only its short answer.
 */

/** The longest key a learner can be asked to type and be graded on. */
export const MAX_TYPED_WORDS = 4;

/** Whether an mcq's key is a common noun: lower case, and no number. */
function commonNounKey(c: Candidate): boolean {
	if (c.question.type !== 'mcq') return false;
	const key = c.question.choices[c.question.answer] ?? '';
	return /^\p{Ll}/u.test(key.trim()) && !isNumber(key);
}

/**
 * The candidate as it should be asked: unchanged; typed in place of an mcq whose key is a common
 * noun or that has fewer than three wrong choices (a blank as a cloze, a question as a short
 * answer); or null for a "What does the article call …?" of a common noun, whose short answer
 * the definition asks already.
 */
export function typedInstead(c: Candidate): Candidate | null {
	if (c.question.type !== 'mcq') return c;
	const common = commonNounKey(c);
	if (!common && c.question.choices.length >= MIN_CHOICES) return c;
	return !common || c.question.prompt.includes(BLANK) ? asTyped(c) : null;
}

/**
 * An mcq asked typed: a blank as a cloze, a question as a short answer, with the same key; null
 * when the key is longer than a learner can be asked to type ("Because a worn part … had not
 * been replaced" is a choice to pick, never an answer to type) or the candidate is no mcq.
 */
export function asTyped(c: Candidate): Candidate | null {
	if (c.question.type !== 'mcq') return null;
	const { choices, answer, ...rest } = c.question;
	const key = choices[answer] ?? '';
	if (key.split(/\s+/).length > MAX_TYPED_WORDS) return null;
	const type = c.question.prompt.includes(BLANK) ? ('cloze' as const) : ('short_answer' as const);
	const id = questionId(c.fact, c.sentence, type, 'typed');
	// A person is known by surname in most of the article ("Marchetti said"), as short answers on people are (entity.ts).
	const words = key.trim().split(/\s+/);
	const surname = c.question.tags.includes('person') && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? { accept: [words.at(-1)!] } : {};
	const prompt = keyedArticle(rest.prompt, key);
	return { ...c, question: { ...rest, id, type, prompt, answer: key, ...surname }, dedupe: c.dedupe.replace('|mcq|', `|${type}|`) };
}
