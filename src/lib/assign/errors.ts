/**
 * Why a link, code or file could not be used. `code` lets the app pick its wording; `message`
 * is already in plain words for the person who opened it.
 */
export type AssignErrorCode =
	| 'not-a-code'
	| 'truncated'
	| 'corrupt'
	| 'too-large'
	| 'newer-version'
	| 'invalid'
	| 'bad-signature'
	| 'not-a-file'
	| 'missing-bank'
	| 'other-bank-version'
	| 'locked'
	| 'bad-release-code';

export class AssignError extends Error {
	override name = 'AssignError';
	constructor(
		readonly code: AssignErrorCode,
		message: string
	) {
		super(message);
	}
}
