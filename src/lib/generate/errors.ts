/**
 * Why a text gave no bank. `GenerateError` is thrown inside the pipeline and caught in
 * `generateBank`, which turns it into `{ ok: false, reason }`; callers never see it thrown.
 * Each reason completes the sentence "No questions could be made from this text, because …".
 */
export type GenerateErrorCode = 'empty' | 'no-sentences' | 'not-english' | 'no-facts' | 'no-questions';

export class GenerateError extends Error {
	readonly code: GenerateErrorCode;

	constructor(code: GenerateErrorCode, reason: string) {
		super(reason);
		this.name = 'GenerateError';
		this.code = code;
	}
}

export const REASONS: Record<GenerateErrorCode, string> = {
	empty: 'it is empty',
	'no-sentences': 'it has no complete sentences (lines ending in ".", "?" or "!")',
	'not-english': 'it does not look like English text',
	'no-facts': 'no facts (numbers, names, places, dates) were found in it',
	'no-questions': 'every question made from it failed the automatic checks'
};
