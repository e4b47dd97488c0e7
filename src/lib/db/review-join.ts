import type { AnswerRecord, AssignedQuestion, Assignment } from '$lib/assign';
import { answerText } from '$lib/assign';
import type { SrsSettings } from '$lib/srs';
import { saveBank } from './banks';
import type { FactdeckDatabase } from './database';
import { cardId } from './records';
import { recordAnswer } from './study';

/** Where an assigned question lives on the student's device: a built-in deck, or none yet. */
export type QuestionOrigin = { bankId: string; questionId: string } | null;

/** The deck that holds an assignment's own questions on the student's device. */
export const assignmentDeckId = (assignmentId: string) => `assignment-${assignmentId}`;

function uniqueIds(questions: readonly AssignedQuestion[]): AssignedQuestion[] {
	const seen = new Set<string>();
	return questions.map((q) => {
		let id = q.id;
		for (let n = 2; seen.has(id); n++) id = `${q.id.slice(0, 110)}-${n}`;
		seen.add(id);
		return { ...q, id };
	});
}

/**
 * Adds a submitted attempt to the student's spaced review, in one transaction: questions of a
 * built-in deck are answered on their own cards there; the others are saved as a deck named
 * after the assignment (kept, not duplicated, on a later attempt). Each answer is recorded as a
 * review (wrong: Again, right: Good). Returns the id of the assignment's deck, if one was needed.
 */
export async function joinReview(
	db: FactdeckDatabase,
	assignment: Assignment,
	origins: readonly QuestionOrigin[],
	answers: readonly (AnswerRecord | null)[],
	now: Date,
	settings: SrsSettings
): Promise<string | null> {
	const deckId = assignmentDeckId(assignment.id);
	const own = assignment.questions.map((q, i) => ({ q, i })).filter(({ i }) => !origins[i]);
	const ownIds = uniqueIds(own.map(({ q }) => q));
	return db.transaction('rw', [db.banks, db.questions, db.cards, db.reviews], async () => {
		if (ownIds.length > 0) {
			await saveBank(db, { schemaVersion: 1, id: deckId, title: assignment.title, language: 'en', questions: ownIds }, { builtIn: false }, now);
		}
		const cardOf = new Map(own.map(({ i }, k) => [i, cardId(deckId, ownIds[k].id)]));
		for (const [i, answer] of answers.entries()) {
			const question = assignment.questions[i];
			const origin = origins[i];
			const id = origin ? cardId(origin.bankId, origin.questionId) : cardOf.get(i);
			if (!answer || !question || !id || !(await db.cards.get(id))) continue;
			await recordAnswer(
				db,
				{ cardId: id, rating: answer.correct ? 3 : 1, response: answerText(question, answer.response), correct: answer.correct, durationMs: answer.durationMs },
				now,
				settings
			);
		}
		return ownIds.length > 0 ? deckId : null;
	});
}
