import { grade, type QuizResponse } from '../quiz/grade';
import { shuffledIndices } from './shuffle';
import { isLocked } from './locked';
import type { AnswerRecord, AnswerValue, AttemptResult, ShownQuestion, TakenAssignment, WireResult } from './schema';

/** What the layout and the score need of an assignment, whether its answers are locked or not. */
type Taken = Pick<TakenAssignment, 'settings' | 'questions'>;

/** How an attempt shows the set: question order, and for each question its choice order. */
export interface Layout {
	order: number[];
	choices: number[][];
}

/** The layout of an attempt: as authored, or shuffled by the assignment's settings from `seed`. */
export function layoutFor(assignment: Taken, seed: string): Layout {
	const n = assignment.questions.length;
	const order = assignment.settings.shuffleQuestions ? shuffledIndices(n, `${seed}/q`) : [...Array(n).keys()];
	const choices = assignment.questions.map((q, i) =>
		q.type === 'mcq' && assignment.settings.shuffleChoices ? shuffledIndices(q.choices.length, `${seed}/c${i}`) : []
	);
	return { order, choices };
}

/** The stored form of an answer: a choice index, true/false, or the text typed. */
export function answerValue(response: QuizResponse): AnswerValue {
	if (response.kind === 'choice') return response.index;
	if (response.kind === 'boolean') return response.value;
	return response.value.slice(0, 500);
}

function responseOf(question: ShownQuestion, value: AnswerValue): QuizResponse | null {
	if (value === null) return null;
	if (question.type === 'mcq') return typeof value === 'number' && value < question.choices.length ? { kind: 'choice', index: value } : null;
	if (question.type === 'true_false') return typeof value === 'boolean' ? { kind: 'boolean', value } : null;
	return typeof value === 'string' ? { kind: 'text', value } : null;
}

/**
 * Whether an answer is right, by the app's grading rules; no answer, or one of the wrong shape,
 * is wrong, and so is every answer to a question whose answer is locked (it is graded on release).
 */
export function isCorrect(question: ShownQuestion, value: AnswerValue): boolean {
	if (isLocked(question)) return false;
	const response = responseOf(question, value);
	return response !== null && grade(question, response).correct;
}

/** An answer as display text: the choice, True/False, what was typed, or an empty string. */
export function answerText(question: ShownQuestion, value: AnswerValue): string {
	if (value === null) return '';
	if (question.type === 'mcq') return typeof value === 'number' ? (question.choices[value] ?? '') : '';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	return String(value);
}

export interface Score {
	right: number;
	total: number;
	percent: number;
	passed: boolean | null;
}

export function scoreOf(assignment: Taken, answers: readonly AnswerRecord[]): Score {
	const right = answers.filter((a) => a.correct).length;
	const total = assignment.questions.length;
	const percent = total === 0 ? 0 : Math.round((right / total) * 1000) / 10;
	const mark = assignment.settings.passMark;
	return { right, total, percent, passed: mark === undefined ? null : percent >= mark };
}

export function toWireResult(result: AttemptResult): WireResult {
	return {
		a: result.assignmentId,
		h: result.contentHash,
		id: result.attemptId,
		n: result.studentName,
		st: result.startedAt,
		ft: result.finishedAt,
		x: result.answers.map((a) => [a.response, a.correct ? 1 : 0, a.durationMs])
	};
}

export function fromWireResult(wire: WireResult): AttemptResult {
	return {
		assignmentId: wire.a,
		contentHash: wire.h,
		attemptId: wire.id,
		studentName: wire.n,
		startedAt: wire.st,
		finishedAt: wire.ft,
		answers: wire.x.map(([response, correct, durationMs]) => ({ response, correct: correct === 1, durationMs }))
	};
}
