import { z } from 'zod';
import { BANK_SCHEMA_VERSION, BLANK } from './constants';

/**
 * The question-bank format of DESIGN.md. This file is the contract: the types are inferred
 * from it and `questions/bank.schema.json` is generated from it, so change the schema here
 * and nowhere else.
 */

export { BANK_SCHEMA_VERSION, BLANK, QUESTION_TYPES } from './constants';

const id = z
	.string()
	.min(1, 'must not be empty')
	.max(120, 'must be at most 120 characters')
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must use only lowercase letters, digits, ".", "_" and "-"');

const text = z.string().trim().min(1, 'must not be empty');

export const sourceRefSchema = z
	.object({
		quote: text.describe('The sentence of the article the question comes from.'),
		start: z.number().int().nonnegative(),
		end: z.number().int().positive()
	})
	.refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] })
	.describe('Where the question comes from: character offsets into the article text.');

const base = {
	id,
	prompt: text,
	tags: z.array(text).default([]),
	source: sourceRefSchema.optional(),
	explanation: text.optional()
};

export const mcqSchema = z
	.object({
		...base,
		type: z.literal('mcq'),
		choices: z.array(text).min(2, 'needs at least 2 choices').max(6, 'allows at most 6 choices'),
		answer: z.number().int().nonnegative()
	})
	.superRefine((q, ctx) => {
		const seen = new Set<string>();
		q.choices.forEach((choice, i) => {
			const key = choice.trim().toLowerCase();
			if (seen.has(key)) {
				ctx.addIssue({ code: 'custom', message: `duplicate choice "${choice}"`, path: ['choices', i] });
			}
			seen.add(key);
		});
		if (q.answer >= q.choices.length) {
			ctx.addIssue({
				code: 'custom',
				message: `is ${q.answer}, but there are only ${q.choices.length} choices: the first is 0, the last ${q.choices.length - 1}`,
				path: ['answer']
			});
		}
	});

export const trueFalseSchema = z.object({
	...base,
	type: z.literal('true_false'),
	answer: z.boolean()
});

const alternatives = z.array(text).optional();

export const clozeSchema = z.object({ ...base, type: z.literal('cloze'), answer: text, accept: alternatives }).superRefine((q, ctx) => {
	const blanks = q.prompt.split(BLANK).length - 1;
	if (blanks !== 1) {
		ctx.addIssue({
			code: 'custom',
			message: `must hold exactly one blank "${BLANK}" (found ${blanks})`,
			path: ['prompt']
		});
	}
});

export const shortAnswerSchema = z.object({
	...base,
	type: z.literal('short_answer'),
	answer: text,
	accept: alternatives
});

export const numericSchema = z.object({
	...base,
	type: z.literal('numeric'),
	answer: z.number().finite(),
	tolerance: z.number().nonnegative().optional(),
	unit: text.optional()
});

export const flashcardSchema = z.object({
	...base,
	type: z.literal('flashcard'),
	back: text
});

export const questionSchema = z.discriminatedUnion('type', [mcqSchema, trueFalseSchema, clozeSchema, shortAnswerSchema, numericSchema, flashcardSchema]);

export const bankSchema = z
	.object({
		schemaVersion: z.literal(BANK_SCHEMA_VERSION),
		id,
		title: text,
		language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
		source: z
			.object({
				title: text,
				file: text.optional(),
				sha256: z
					.string()
					.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
					.optional()
			})
			.optional(),
		questions: z.array(questionSchema).min(1, 'needs at least one question')
	})
	.superRefine((bank, ctx) => {
		const seen = new Set<string>();
		bank.questions.forEach((q, i) => {
			if (seen.has(q.id)) {
				ctx.addIssue({ code: 'custom', message: `duplicate question id "${q.id}"`, path: ['questions', i, 'id'] });
			}
			seen.add(q.id);
		});
	});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Bank = z.infer<typeof bankSchema>;
export type BankInput = z.input<typeof bankSchema>;
