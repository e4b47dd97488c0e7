import type { FactdeckDatabase } from './database';
import type { AssignmentRecord } from './assignment-records';

/** The teacher's assignments, the most recently changed first. */
export async function listAssignments(db: FactdeckDatabase): Promise<AssignmentRecord[]> {
	return await db.assignments.orderBy('updatedAt').reverse().toArray();
}

export function getAssignment(db: FactdeckDatabase, id: string): Promise<AssignmentRecord | undefined> {
	return db.assignments.get(id);
}

export async function putAssignment(db: FactdeckDatabase, record: AssignmentRecord): Promise<void> {
	await db.assignments.put(record);
}

/** Deletes an assignment and the results imported for it, together. */
export async function deleteAssignment(db: FactdeckDatabase, id: string): Promise<void> {
	await db.transaction('rw', db.assignments, db.results, async () => {
		await db.results.where('assignmentId').equals(id).delete();
		await db.assignments.delete(id);
	});
}
