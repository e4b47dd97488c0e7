import { z } from 'zod';
import { questionSchema } from '$lib/bank/schema';

// The rows of every table of the database, as a backup file carries them. Each row is checked
// here, field by field, before a restore writes anything; the shapes mirror src/lib/db/records.ts
// and assignment-records.ts (the database module checks at compile time that they agree).

const time = z.number().finite();
const count = z.number().int().nonnegative();
const phase = z.enum(['new', 'learning', 'review', 'relearning']);
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const srsCardSchema = z.object({
	due: time,
	stability: z.number().finite().nonnegative(),
	difficulty: z.number().finite(),
	elapsedDays: z.number().finite().nonnegative(),
	scheduledDays: z.number().finite().nonnegative(),
	learningSteps: count,
	reps: count,
	lapses: count,
	phase,
	lastReview: time.nullable()
});

export const srsLogSchema = z.object({
	rating,
	phaseBefore: phase,
	due: time,
	stability: z.number().finite(),
	difficulty: z.number().finite(),
	elapsedDays: z.number().finite(),
	scheduledDays: z.number().finite(),
	reviewedAt: time
});

export const bankRowSchema = z.object({
	id: z.string().min(1),
	title: z.string(),
	language: z.string(),
	source: z.object({ title: z.string(), file: z.string().optional(), sha256: z.string().optional() }).optional(),
	builtIn: z.boolean(),
	fingerprint: z.string(),
	sourceFingerprint: z.string().optional(),
	questionCount: count,
	addedAt: time,
	updatedAt: time,
	renamed: z.literal(true).optional()
});

export const questionRowSchema = z.object({
	bankId: z.string().min(1),
	id: z.string().min(1),
	order: count,
	question: questionSchema,
	fingerprint: z.string(),
	retiredAt: time.nullable()
});

export const cardRowSchema = z
	.object({
		id: z.string().min(1),
		bankId: z.string().min(1),
		questionId: z.string().min(1),
		queue: z.enum(['new', 'learning', 'review', 'retired', 'suspended', 'buried']),
		due: time,
		srs: srsCardSchema,
		// A backup written before cards had tags and an added time (database version 5) has
		// neither: its cards take no tags, and their due time as the time they were added.
		tags: z.array(z.string()).default([]),
		addedAt: time.optional(),
		buriedUntil: time.optional()
	})
	.transform(({ addedAt, ...row }) => ({ ...row, addedAt: addedAt ?? row.srs.due }));

export const reviewRowSchema = z.object({
	id: z.number().int().positive(),
	cardId: z.string().min(1),
	bankId: z.string().min(1),
	questionId: z.string().min(1),
	rating,
	phaseBefore: phase,
	cardBefore: srsCardSchema,
	response: z.string().optional(),
	correct: z.boolean().optional(),
	durationMs: z.number().finite().nonnegative(),
	reviewedAt: time,
	log: srsLogSchema,
	leechTagged: z.literal(true).optional()
});

export const settingRowSchema = z.object({ key: z.string().min(1), value: z.unknown() });

// Assignments, results and received assignments are checked down to the fields the app reads
// from a row to list it; the signed assignment inside is checked again when it is opened.
const nested = z.record(z.string(), z.unknown());

export const assignmentRowSchema = z.looseObject({
	id: z.string().min(1),
	title: z.string(),
	instructions: z.string(),
	teacherName: z.string(),
	settings: nested,
	picks: z.array(z.object({ bankId: z.string(), questionId: z.string() })),
	published: nested,
	createdAt: time,
	updatedAt: time
});

export const resultRowSchema = z.looseObject({
	id: z.string().min(1),
	assignmentId: z.string().min(1),
	result: nested,
	importedAt: time
});

export const receivedRowSchema = z.looseObject({
	id: z.string().min(1),
	contentHash: z.string(),
	code: z.string(),
	keyId: z.string(),
	title: z.string(),
	teacherName: z.string(),
	receivedAt: time,
	attempts: z.array(nested),
	releaseCode: z.string().optional()
});

export const backupDataSchema = z.object({
	banks: z.array(bankRowSchema),
	questions: z.array(questionRowSchema),
	cards: z.array(cardRowSchema),
	reviews: z.array(reviewRowSchema),
	settings: z.array(settingRowSchema),
	assignments: z.array(assignmentRowSchema),
	results: z.array(resultRowSchema),
	received: z.array(receivedRowSchema)
});

export type BackupData = z.infer<typeof backupDataSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES = Object.keys(backupDataSchema.shape) as BackupTable[];
export type BackupCounts = Record<BackupTable, number>;

export const BACKUP_FORMAT = 'factdeck-backup';
export const BACKUP_VERSION = 1;

export const manifestSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.number().int().positive(),
	appVersion: z.string(),
	createdAt: z.iso.datetime(),
	counts: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, count])) as Record<BackupTable, typeof count>),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
});

export type BackupManifest = z.infer<typeof manifestSchema>;
