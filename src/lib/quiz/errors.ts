/** Typed errors of the grading module. */

export type QuizErrorCode =
	/** The response is of a kind the question does not take (a choice for a typed answer...). */
	| 'response-mismatch'
	/** A flashcard: the learner rates it, nothing grades it. */
	| 'not-graded'
	/** The question breaks the bank schema (an mcq answer outside its choices...). */
	| 'invalid-question';

export class QuizError extends Error {
	override readonly name = 'QuizError';
	constructor(
		readonly code: QuizErrorCode,
		message: string
	) {
		super(message);
	}
}
