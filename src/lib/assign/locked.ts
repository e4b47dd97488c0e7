import type { LockedQuestion, ShownQuestion } from './schema';

// Apart from schema.ts so that grading and the gradebook tell a locked question without zod.

export function isLocked(question: ShownQuestion): question is LockedQuestion {
	return 'locked' in question;
}
