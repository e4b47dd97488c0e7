/**
 * One thing wrong with a bank or a source file, located well enough for a person to fix it:
 * `path` is the full location (`questions[3].choices[1]`), `questionId` the id of the question
 * it sits in (when that question has one), `field` the location inside the question
 * (`choices.1`) or, outside a question, inside the file (`source.sha256`).
 */
export interface Problem {
	path: string;
	questionId?: string;
	field: string;
	message: string;
}

/** `file: question-id: field: message`, with `-` when the problem is not inside a question. */
export function formatProblem(file: string, problem: Problem): string {
	return `${file}: ${problem.questionId ?? '-'}: ${problem.field}: ${problem.message}`;
}

/** A bank or source file that cannot be used; its message lists every problem, one a line. */
export class BankError extends Error {
	readonly file: string;
	readonly problems: readonly Problem[];

	constructor(file: string, problems: readonly Problem[]) {
		super(problems.map((p) => formatProblem(file, p)).join('\n'));
		this.name = 'BankError';
		this.file = file;
		this.problems = problems;
	}
}
