import {
	encodeResult,
	isCorrect,
	isLocked,
	layoutFor,
	scoreOf,
	toWireResult,
	type AnswerRecord,
	type AssignedQuestion,
	type Score,
	type ShownQuestion,
	type TakenAssignment
} from '$lib/assign';
import type { AttemptRecord } from '$lib/db';
import type { QuizResponse } from '$lib/quiz';

/** A question as shown: an mcq's choices in the attempt's order, the answer index moved with them. */
export function shown(question: ShownQuestion, order: readonly number[]): ShownQuestion {
	if (question.type !== 'mcq' || order.length === 0) return question;
	const choices = order.map((i) => question.choices[i]);
	return isLocked(question) ? { ...question, choices } : { ...question, choices, answer: order.indexOf(question.answer) };
}

/** A choice picked among shuffled choices, as the index of the original choice. */
export function original(response: QuizResponse, order: readonly number[]): QuizResponse {
	return response.kind === 'choice' && order.length > 0 ? { kind: 'choice', index: order[response.index] } : response;
}

/** A new attempt, not yet answered, laid out (shuffled if asked) from its own id. */
export function newAttempt(assignment: TakenAssignment, contentHash: string, studentName: string, attemptId: string, startedAt: number): AttemptRecord {
	return {
		attemptId,
		contentHash,
		studentName,
		layout: layoutFor(assignment, attemptId),
		startedAt,
		answers: assignment.questions.map(() => null),
		finishedAt: null,
		resultCode: null
	};
}

/** The attempt's answers with each unanswered question counted as a wrong answer. */
const counted = (attempt: AttemptRecord): AnswerRecord[] => attempt.answers.map((a) => a ?? { response: null, correct: false, durationMs: 0 });

/** The question at place `step` of the attempt's order, as shown; null past the end. */
export function questionAt(assignment: TakenAssignment, attempt: AttemptRecord, step: number): ShownQuestion | null {
	const index = attempt.layout.order[step];
	const question = assignment.questions[index];
	return question ? shown(question, attempt.layout.choices[index] ?? []) : null;
}

/** The place of the first unanswered question in the attempt's order; -1 when all are answered. */
export const firstUnanswered = (attempt: AttemptRecord): number => attempt.layout.order.findIndex((i) => attempt.answers[i] === null);

/** Milliseconds left of a time limit of `minutes`, never below zero. */
export const timeLeft = (attempt: AttemptRecord, minutes: number, now: number): number => Math.max(0, attempt.startedAt + minutes * 60_000 - now);

/** The score of a submitted attempt, unanswered questions counted wrong. */
export const attemptScore = (assignment: TakenAssignment, attempt: AttemptRecord): Score => scoreOf(assignment, counted(attempt));

/** The attempt finished at `finishedAt`, with its result code; unanswered questions count as wrong. */
export async function finished(assignmentId: string, attempt: AttemptRecord, finishedAt: number): Promise<AttemptRecord> {
	const answers = counted(attempt);
	const resultCode = await encodeResult(
		toWireResult({
			assignmentId,
			contentHash: attempt.contentHash,
			attemptId: attempt.attemptId,
			studentName: attempt.studentName,
			startedAt: attempt.startedAt,
			finishedAt,
			answers
		})
	);
	return { ...attempt, finishedAt, resultCode };
}

/** The attempt with every answer graded against the unlocked questions. */
export function regraded(attempt: AttemptRecord, questions: readonly AssignedQuestion[]): AttemptRecord {
	return {
		...attempt,
		answers: attempt.answers.map((answer, i) => answer && { ...answer, correct: isCorrect(questions[i], answer.response) })
	};
}
