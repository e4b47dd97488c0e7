import type { Question } from '$lib/bank/schema';

/**
 * Text search over cards, as Anki's plain search: every word of the query must appear,
 * in any case and with or without accents, in the prompt or the answer side of the card.
 */

/** Lowercase, accents dropped (NFD, combining marks removed), runs of space made one. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

const ANSWER_TEXT: { [K in Question['type']]: (q: Extract<Question, { type: K }>) => string[] } = {
	mcq: (q) => q.choices,
	true_false: (q) => [q.answer ? 'true' : 'false'],
	cloze: (q) => [q.answer, ...(q.accept ?? [])],
	short_answer: (q) => [q.answer, ...(q.accept ?? [])],
	numeric: (q) => [String(q.answer), ...(q.unit ? [q.unit] : [])],
	flashcard: (q) => [q.back]
};

/** The text of the answer side of a question: what Browse shows under the prompt. */
export function answerText(question: Question): string {
	if (question.type === 'mcq') return question.choices[question.answer] ?? '';
	return (ANSWER_TEXT[question.type] as (q: Question) => string[])(question).join(' · ');
}

/** The words of a query, folded; an empty list matches every card. */
export function queryWords(query: string): string[] {
	return fold(query)
		.split(' ')
		.filter((w) => w !== '');
}

/** Whether a question holds every word (folded) in its prompt, answer side or explanation. */
export function matchesWords(question: Question, words: readonly string[]): boolean {
	if (words.length === 0) return true;
	const parts = (ANSWER_TEXT[question.type] as (q: Question) => string[])(question);
	const haystack = fold([question.prompt, ...parts, question.explanation ?? ''].join('\n'));
	return words.every((w) => haystack.includes(w));
}
