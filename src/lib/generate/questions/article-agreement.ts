import indefinite from 'indefinite';
import { BLANK, type Question } from '../../bank/schema';

/**
 * "a" or "an" before a phrase that takes another's place. A false statement that puts 5.3 in
 * place of 8.2 must read "a 5.3 percent fall", not "an 5.3 percent fall"; and a choice question
 * whose blank follows "an" must not tell the learner which choices can fill it. The sound of a
 * number, an abbreviation or a word ("an 18", "an MRI", "a UN", "a university") comes from the
 * indefinite package.
 */

/** "a " or "an " ending the words before a replaced span; a capital only where it opens the sentence. */
const ARTICLE_BEFORE = /(^|\s)(a|an|A|An)\s$/;

function articleOf(phrase: string): 'a' | 'an' {
	return indefinite(phrase, { articleOnly: true }).toLowerCase() === 'an' ? 'an' : 'a';
}

/** `head` (the words before a replaced span) with its closing article made to fit `next`, what now follows it. */
export function agreeArticle(head: string, next: string): string {
	const m = ARTICLE_BEFORE.exec(head);
	// A capital "A" inside a sentence is a letter ("Plan A"), not an article.
	if (!m || next === '' || next === BLANK || (/^A/.test(m[2]) && m.index + m[1].length > 0)) return head;
	const wanted = articleOf(next);
	const said = m[2].charAt(0) === 'A' ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
	return head.slice(0, m.index + m[1].length) + said + ' ';
}

const ARTICLE_BLANK = new RegExp(`(^|\\s)(a|an|A|An) ${BLANK}`);

/**
 * A choice question whose blank follows "a" or "an" says "a(n)" when its choices do not all
 * take the same article, so the article gives none of them away.
 */
export function neutralArticle(question: Question): Question {
	if (question.type !== 'mcq') return question;
	const m = ARTICLE_BLANK.exec(question.prompt);
	if (!m || (/^A/.test(m[2]) && m.index > 0) || new Set(question.choices.map(articleOf)).size < 2) return question;
	const said = m[2].charAt(0) === 'A' ? 'A(n)' : 'a(n)';
	return { ...question, prompt: question.prompt.replace(ARTICLE_BLANK, `$1${said} ${BLANK}`) };
}

const NEUTRAL_BLANK = new RegExp(`(^|\\s)(a|A)\\(n\\) ${BLANK}`);

/** A prompt made neutral by `neutralArticle` with its article fitted to the key again, once it is asked typed. */
export function keyedArticle(prompt: string, key: string): string {
	const m = NEUTRAL_BLANK.exec(prompt);
	if (!m) return prompt;
	const head = agreeArticle(prompt.slice(0, m.index) + m[1] + (m[2] === 'A' ? 'A ' : 'a '), key);
	return head + prompt.slice(m.index + m[0].length - BLANK.length);
}
