import type { QuestionType } from '$lib/bank/schema';

/** Question types as a teacher names them, in the order the generator page lists them. */
export const TYPE_NAMES: Record<QuestionType, string> = {
	mcq: 'Multiple choice',
	true_false: 'True or false',
	cloze: 'Fill in the blank',
	short_answer: 'Short answer',
	numeric: 'Numeric',
	flashcard: 'Flashcards'
};
