import { z } from 'zod';
import { clozeSchema, mcqSchema, numericSchema, shortAnswerSchema, trueFalseSchema } from '../bank/schema';
import { FEEDBACK_MODES, type FeedbackMode } from './feedback-modes';

/**
 * The assignment and result formats as they travel in links, QR codes and files. Keys are
 * short because every byte counts in a QR code; docs/assignment-format.md spells them out.
 */

/** The question types an assignment can hold: those the app grades (flashcards are self-rated). */
export const assignedQuestionSchema = z.discriminatedUnion('type', [mcqSchema, trueFalseSchema, clozeSchema, shortAnswerSchema, numericSchema]);
export type AssignedQuestion = z.infer<typeof assignedQuestionSchema>;

export { isAssignable } from './assignable';

/** A question as an assignment carries it: no source offsets or tags, which only a deck needs. */
export function forAssignment(question: AssignedQuestion): AssignedQuestion {
	const copy: Record<string, unknown> = { ...question, tags: [] };
	delete copy.source;
	return assignedQuestionSchema.parse(copy);
}

const plain = z.string().trim().min(1, 'must not be empty');
const lockedBase = { id: z.string().min(1).max(120), prompt: plain, tags: z.array(plain).default([]) };

/**
 * A question whose answer is locked away (see lock.ts): what a student needs to answer it, and
 * nothing that tells the answer.
 */
export const lockedQuestionSchema = z.discriminatedUnion('type', [
	z.object({ ...lockedBase, type: z.literal('mcq'), choices: z.array(plain).min(2).max(6) }),
	z.object({ ...lockedBase, type: z.literal('true_false') }),
	z.object({ ...lockedBase, type: z.literal('cloze') }),
	z.object({ ...lockedBase, type: z.literal('short_answer') }),
	z.object({ ...lockedBase, type: z.literal('numeric'), unit: plain.optional() })
]);
export type LockedQuestion = z.infer<typeof lockedQuestionSchema> & { locked: true };

/** A question as a student's app holds it: whole, or with its answer locked away. */
export type ShownQuestion = AssignedQuestion | LockedQuestion;

export { isLocked } from './locked';

/** The fields of a question that tell its answer: what locking takes away. */
export const ANSWER_FIELDS = ['answer', 'accept', 'tolerance', 'explanation'] as const;

/** A question without the fields that tell its answer (and without the lock mark). */
export function questionShape(question: ShownQuestion): Record<string, unknown> {
	const shape: Record<string, unknown> = { ...question };
	for (const field of [...ANSWER_FIELDS, 'locked']) delete shape[field];
	return shape;
}

export { FEEDBACK_MODES, type FeedbackMode };

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().regex(/^[a-z0-9]{6,24}$/, 'must be 6-24 lowercase letters or digits');

export const settingsSchema = z.object({
	/** Due time, epoch milliseconds. */
	due: z.number().int().positive().optional(),
	/** Attempts a student may make; absent means no limit. */
	attempts: z.number().int().min(1).max(99).optional(),
	shuffleQuestions: z.boolean().default(false),
	shuffleChoices: z.boolean().default(false),
	/** Minutes for the whole set. */
	timeLimit: z.number().int().min(1).max(600).optional(),
	feedback: z.enum(FEEDBACK_MODES).default('end'),
	/** Percent needed to pass. */
	passMark: z.number().int().min(1).max(100).optional(),
	/** The answers of questions that travel whole are locked until the teacher gives the release code. */
	hideAnswers: z.boolean().default(false)
});
export type AssignmentSettings = z.infer<typeof settingsSchema>;

/**
 * Questions of a built-in bank: `[bank id, bank hash, positions]`, the positions a bit set in
 * base64url (bit j of byte k is position 8k + j), so 20 questions of a 40-question bank take
 * 7 characters. The hash pins the bank's content, so a position always means the same question.
 */
export const bankRefSchema = z.tuple([
	z.string().min(1).max(120),
	z.string().regex(/^[A-Za-z0-9_-]{8}$/, 'must be an 8-character bank hash'),
	z.string().regex(/^[A-Za-z0-9_-]{1,700}$/, 'must be a base64url bit set of positions')
]);
export type BankRef = z.infer<typeof bankRefSchema>;

/** Bits of the wire field `o`. */
export const FLAGS = { shuffleQuestions: 1, shuffleChoices: 2, feedbackEach: 4, feedbackNone: 8, hideAnswers: 16 } as const;

/**
 * The wire form of an assignment (inside the compressed part of a link or file). Settings sit
 * at the top level and the due time is in seconds: a QR code has no room to spare.
 */
export const wireAssignmentSchema = z
	.object({
		id,
		t: text(200),
		i: z.string().max(4000).optional(),
		n: text(100),
		d: z.number().int().positive().optional(),
		a: z.number().int().min(1).max(99).optional(),
		o: z.number().int().min(0).max(31).optional(),
		tl: z.number().int().min(1).max(600).optional(),
		pm: z.number().int().min(1).max(100).optional(),
		r: z.array(bankRefSchema).max(50).default([]),
		q: z.array(assignedQuestionSchema).max(500).default([]),
		/** Questions whose answers are locked in `x`, in this order. */
		lq: z.array(lockedQuestionSchema).max(500).default([]),
		/** The locked answers: base64url of a 12-byte IV and the AES-GCM ciphertext. */
		x: z
			.string()
			.regex(/^[A-Za-z0-9_-]+$/)
			.max(1_000_000)
			.optional()
	})
	.refine((a) => a.r.length + a.q.length + a.lq.length > 0, { message: 'holds no questions', path: ['q'] })
	.refine((a) => a.lq.length > 0 === (a.x !== undefined), { message: 'locked questions need their locked answers', path: ['x'] });
export type WireAssignment = z.infer<typeof wireAssignmentSchema>;

/** An assignment with every question whole, as the teacher grades it. */
export interface Assignment {
	id: string;
	title: string;
	instructions: string;
	teacherName: string;
	settings: AssignmentSettings;
	questions: AssignedQuestion[];
}

/** An assignment as a student's app received it: some answers may be locked in `box`. */
export interface TakenAssignment extends Omit<Assignment, 'questions'> {
	questions: ShownQuestion[];
	box?: string;
}

/** One answer as a result carries it: a choice index, true/false, typed text, or null (none). */
export const responseSchema = z.union([z.number().int().nonnegative().max(5), z.boolean(), z.string().max(500), z.null()]);
export type AnswerValue = z.infer<typeof responseSchema>;

/** The wire form of a result: answers in the assignment's own order, whatever order was shown. */
export const wireResultSchema = z.object({
	a: id,
	h: z.string().regex(/^[A-Za-z0-9_-]{8}$/, 'must be an 8-character content hash'),
	id,
	n: text(100),
	st: z.number().int().positive(),
	ft: z.number().int().positive(),
	x: z
		.array(z.tuple([responseSchema, z.union([z.literal(0), z.literal(1)]), z.number().int().nonnegative()]))
		.min(1)
		.max(500)
});
export type WireResult = z.infer<typeof wireResultSchema>;

export interface AnswerRecord {
	response: AnswerValue;
	correct: boolean;
	durationMs: number;
}

/** A student's attempt as the teacher's gradebook reads it. */
export interface AttemptResult {
	assignmentId: string;
	contentHash: string;
	attemptId: string;
	studentName: string;
	startedAt: number;
	finishedAt: number;
	answers: AnswerRecord[];
}
