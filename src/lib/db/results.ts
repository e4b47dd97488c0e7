import { isolate } from '$lib/assign/isolate';
import { mergeOutcome, studentKey, type MergeOutcome } from '$lib/assign/merge';
import type { AttemptResult } from '$lib/assign/schema';
import type { FactdeckDatabase } from './database';
import type { ResultRecord } from './assignment-records';

export type ResultImport = { status: MergeOutcome; studentName: string; title: string } | { status: 'refused'; studentName: string; reason: string };

/**
 * Imports results, each checked against the assignment it names: an unknown assignment, one
 * changed since the student got it, or answers that do not fit it are refused with the reason.
 * A student keeps one result: the same attempt again is ignored, a newer one replaces it.
 * All of them land in one transaction.
 */
export async function importResults(db: FactdeckDatabase, results: readonly AttemptResult[], now: Date): Promise<ResultImport[]> {
	return db.transaction('rw', db.assignments, db.results, async () => {
		const outcomes: ResultImport[] = [];
		for (const result of results) {
			const studentName = result.studentName;
			const assignment = await db.assignments.get(result.assignmentId);
			if (!assignment) {
				outcomes.push({ status: 'refused', studentName, reason: 'it is for an assignment that is not on this device (made on another device, or deleted).' });
				continue;
			}
			const { published } = assignment;
			if (published.contentHash !== result.contentHash) {
				outcomes.push({
					status: 'refused',
					studentName,
					reason: `it is for another version of “${isolate(assignment.title)}”: the assignment was changed after this student got it.`
				});
				continue;
			}
			if (result.answers.length !== published.assignment.questions.length) {
				outcomes.push({
					status: 'refused',
					studentName,
					reason: `it holds ${result.answers.length} answers, but “${isolate(assignment.title)}” has ${published.assignment.questions.length} questions.`
				});
				continue;
			}
			const id = `${assignment.id}/${studentKey(studentName)}`;
			const kept = await db.results.get(id);
			const status = mergeOutcome(kept?.result, result);
			if (status === 'added' || status === 'replaced') {
				const row: ResultRecord = { id, assignmentId: assignment.id, result, importedAt: now.getTime() };
				await db.results.put(row);
			}
			outcomes.push({ status, studentName, title: assignment.title });
		}
		return outcomes;
	});
}

export async function listResults(db: FactdeckDatabase, assignmentId: string): Promise<ResultRecord[]> {
	return db.results.where('assignmentId').equals(assignmentId).toArray();
}
