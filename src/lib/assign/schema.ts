import { z } from 'zod';
import { clozeSchema, mcqSchema, numericSchema, shortAnswerSchema, trueFalseSchema, type Question } from '../bank/schema';

/**
 * The assignment and result formats as they travel in links, QR codes and files. Keys are
 * short because every byte counts in a QR code; docs/assignment-format.md spells them out.
 */

/** The question types an assignment can hold: those the app grades (flashcards are self-rated). */
export const assignedQuestionSchema = z.discriminatedUnion('type', [
	mcqSchema,
	trueFalseSchema,
	clozeSchema,
	shortAnswerSchema,
	numericSchema
]);
export type AssignedQuestion = z.infer<typeof assignedQuestionSchema>;

export function isAssignable(question: Question): question is AssignedQuestion {
	return question.type !== 'flashcard';
}

/** A question as an assignment carries it: no source offsets or tags, which only a deck needs. */
export function forAssignment(question: AssignedQuestion): AssignedQuestion {
	const copy: Record<string, unknown> = { ...question, tags: [] };
	delete copy.source;
	return assignedQuestionSchema.parse(copy);
}

export const FEEDBACK_MODES = ['each', 'end', 'none'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

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
	passMark: z.number().int().min(1).max(100).optional()
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
export const FLAGS = { shuffleQuestions: 1, shuffleChoices: 2, feedbackEach: 4, feedbackNone: 8 } as const;

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
		o: z.number().int().min(0).max(15).optional(),
		tl: z.number().int().min(1).max(600).optional(),
		pm: z.number().int().min(1).max(100).optional(),
		r: z.array(bankRefSchema).max(50).default([]),
		q: z.array(assignedQuestionSchema).max(500).default([])
	})
	.refine((a) => a.r.length + a.q.length > 0, { message: 'holds no questions', path: ['q'] });
export type WireAssignment = z.infer<typeof wireAssignmentSchema>;

/** An assignment with every question whole, as the student takes it and the teacher grades it. */
export interface Assignment {
	id: string;
	title: string;
	instructions: string;
	teacherName: string;
	settings: AssignmentSettings;
	questions: AssignedQuestion[];
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
	x: z.array(z.tuple([responseSchema, z.union([z.literal(0), z.literal(1)]), z.number().int().nonnegative()])).min(1).max(500)
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
