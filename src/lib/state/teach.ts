import { gradebook, type Gradebook } from '$lib/assign/gradebook';
import { exportPublicKey, keyId } from '$lib/assign/sign';
import type { AssignmentRecord } from '$lib/db/assignment-records';
import { deleteAssignment, getAssignment } from '$lib/db/assignments';
import { listResults } from '$lib/db/results';
import { storageFailureReason } from '$lib/db/storage-failure';
import { teacherKeys } from '$lib/db/teacher-key';
import { appStorage } from './storage.svelte';

export interface AssignmentPage {
	record: AssignmentRecord;
	book: Gradebook;
	/** Results kept from before the assignment was last changed: not counted in the gradebook. */
	earlier: number;
	/** The short id of this device's signing key, which students see on the assignment. */
	keyId: string;
}

/** An assignment with its gradebook, or null when it is not on this device. */
export async function loadAssignmentPage(id: string): Promise<AssignmentPage | null> {
	const db = await appStorage.ready();
	const record = await getAssignment(db, id);
	if (!record) return null;
	const all = (await listResults(db, id)).map((r) => r.result).sort((a, b) => a.finishedAt - b.finishedAt);
	const current = all.filter((r) => r.contentHash === record.published.contentHash);
	const keys = await teacherKeys(db);
	return {
		record,
		book: gradebook(record.published.assignment, current),
		earlier: all.length - current.length,
		keyId: await keyId(await exportPublicKey(keys.publicKey))
	};
}

/** Deletes an assignment and its results; returns why not when the browser refused. */
export async function removeAssignment(id: string): Promise<string | null> {
	try {
		await deleteAssignment(await appStorage.ready(), id);
		return null;
	} catch (error) {
		return `The assignment was not deleted: ${storageFailureReason(error)}`;
	}
}
