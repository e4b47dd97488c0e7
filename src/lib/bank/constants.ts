import type { QuestionType } from './schema';

// The format's constants, apart from the schema: the study screen and the deck list need them,
// and importing them from schema.ts would bring the validator (zod) along to pages that never
// validate a bank.

export const BANK_SCHEMA_VERSION = 1;

/** The blank a cloze prompt must hold exactly once. */
export const BLANK = '____';

export const QUESTION_TYPES = ['mcq', 'true_false', 'cloze', 'short_answer', 'numeric', 'flashcard'] as const satisfies readonly QuestionType[];
