import { BLANK } from '../../bank/schema';
import { findNumber } from '../../quiz/parse-number';
import { questionId, type Candidate } from './candidate';

/**
 * A common noun ("degrees", "bioreactor") has no sort of its own that wrong choices could share:
 * the other nouns of the article beside it are random words, and the one that fits the grammar
 * or the topic gives itself away. Such a question is asked typed: a blank becomes a cloze, and a
 * "What does the article call …?" keeps only its short answer.
 */

/** Whether a choice is a number, said in figures or in words ("two", "1.2 million"). */
function numeric(choice: string): boolean {
	const t = choice.trim();
	if (/^[$€£¥]?\s?\d/.test(t)) return true;
	const words = findNumber(t);
	return !!words && words.before.length === 0 && words.after.length === 0;
}

/** Whether an mcq's key is a common noun: lower case, and no number. */
function commonNounKey(c: Candidate): boolean {
	if (c.question.type !== 'mcq') return false;
	const key = c.question.choices[c.question.answer] ?? '';
	return /^\p{Ll}/u.test(key.trim()) && !numeric(key);
}

/** The candidate as it should be asked: unchanged, a cloze in place of a common-noun mcq, or null. */
export function typedInstead(c: Candidate): Candidate | null {
	if (!commonNounKey(c) || c.question.type !== 'mcq') return c;
	const q = c.question;
	if (!q.prompt.includes(BLANK)) return null;
	const id = questionId(c.fact, c.sentence, 'cloze', 'typed');
	const { choices, answer, ...rest } = q;
	const cloze = { ...rest, id, type: 'cloze' as const, answer: choices[answer] ?? '' };
	return { ...c, question: cloze, dedupe: c.dedupe.replace('|mcq|', '|cloze|') };
}
