import type { Question } from '../bank/schema';
import type { AssignedQuestion } from './schema';

// Apart from schema.ts so that the assignment form lists the questions it can pick without zod.

export function isAssignable(question: Question): question is AssignedQuestion {
	return question.type !== 'flashcard';
}
