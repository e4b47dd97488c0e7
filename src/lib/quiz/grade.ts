import type { Question } from '../bank/schema';
import { QuizError } from './errors';
import { parseNumber } from './parse-number';
import { matchText, WRONG, type Match } from './text-match';

/** What the learner answered: a choice, true or false, or typed text. */
export type QuizResponse = { kind: 'choice'; index: number } | { kind: 'boolean'; value: boolean } | { kind: 'text'; value: string };

export interface GradeResult {
	correct: boolean;
	/** The correct answer as display text: the mcq choice, "True"/"False", "620 miles". */
	expected: string;
	/** False when accepted only thanks to a forgiven typo or the numeric tolerance, and when wrong. */
	exact: boolean;
}

/** How an answer felt to the learner; a wrong answer is Again whatever it felt like. */
export type Feel = 'hard' | 'good' | 'easy';

const RATING_OF_FEEL = { hard: 2, good: 3, easy: 4 } as const;

/** Integers from 10,000 up are grouped ("1,500,000"); years and decimals stay as written. */
function formatNumber(n: number): string {
	return Number.isInteger(n) && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : String(n);
}

/** The correct answer of a question as display text. */
export function expectedAnswer(question: Question): string {
	switch (question.type) {
		case 'mcq': {
			const choice = question.choices[question.answer];
			if (choice === undefined)
				throw new QuizError('invalid-question', `Question ${question.id}: answer ${question.answer} is not one of its ${question.choices.length} choices.`);
			return choice;
		}
		case 'true_false':
			return question.answer ? 'True' : 'False';
		case 'cloze':
		case 'short_answer':
			return question.answer;
		case 'numeric':
			return question.unit ? `${formatNumber(question.answer)} ${question.unit}` : formatNumber(question.answer);
		case 'flashcard':
			return question.back;
	}
}

function mismatch(question: Question, wanted: string, response: QuizResponse): QuizError {
	return new QuizError('response-mismatch', `Question ${question.id} (${question.type}) takes ${wanted}, not a ${response.kind} response.`);
}

function typed(question: Question, response: QuizResponse): string {
	if (response.kind !== 'text') throw mismatch(question, 'a typed answer', response);
	return response.value;
}

/**
 * A typed number is right within `tolerance` of the answer (inclusive; default 0, so exactly
 * the answer), with a relative slack of 1e-9 so 0.1 + 0.2 still equals 0.3. A unit typed after
 * the number is ignored. An answer with no number in it is wrong, not an error.
 */
function matchNumber(answer: number, tolerance: number, response: string): Match {
	const value = parseNumber(response);
	if (value === null) return WRONG;
	const slack = 1e-9 * Math.max(1, Math.abs(answer));
	const off = Math.abs(value - answer);
	if (off <= slack) return { correct: true, exact: true };
	return off <= tolerance + slack ? { correct: true, exact: false } : WRONG;
}

function match(question: Question, response: QuizResponse): Match {
	switch (question.type) {
		case 'mcq': {
			if (response.kind !== 'choice') throw mismatch(question, 'a choice', response);
			if (!Number.isInteger(response.index) || response.index < 0 || response.index >= question.choices.length) {
				throw new QuizError('response-mismatch', `Question ${question.id} has no choice ${response.index}.`);
			}
			return { correct: response.index === question.answer, exact: response.index === question.answer };
		}
		case 'true_false': {
			if (response.kind !== 'boolean') throw mismatch(question, 'true or false', response);
			return { correct: response.value === question.answer, exact: response.value === question.answer };
		}
		case 'cloze':
		case 'short_answer':
			return matchText(typed(question, response), [question.answer, ...(question.accept ?? [])]);
		case 'numeric':
			return matchNumber(question.answer, question.tolerance ?? 0, typed(question, response));
		case 'flashcard':
			throw new QuizError('not-graded', `Question ${question.id} is a flashcard: the learner rates it, nothing grades it.`);
	}
}

/**
 * Grades one answer. Choices and true/false are right or wrong; typed answers follow
 * `matchText` (normalised, typos forgiven by length, number words) and numbers `matchNumber`.
 * Throws QuizError when the response is of a kind the question does not take, and for
 * flashcards, which are self-rated.
 */
export function grade(question: Question, response: QuizResponse): GradeResult {
	const { correct, exact } = match(question, response);
	return { correct, expected: expectedAnswer(question), exact };
}

/** The FSRS rating of an answer: wrong is Again (1); right is Hard 2, Good 3 or Easy 4 as it felt. */
export function ratingFor(correct: boolean, feel: Feel): 1 | 2 | 3 | 4 {
	return correct ? RATING_OF_FEEL[feel] : 1;
}
