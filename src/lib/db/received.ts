import type { FactdeckDatabase } from './database';
import type { AttemptRecord, ReceivedRecord } from './assignment-records';
import { StudyError } from './errors';

export type Received = Omit<ReceivedRecord, 'attempts' | 'receivedAt'>;

/**
 * Keeps an assignment the student opened. Opening the same one again changes nothing; a new
 * version from the teacher replaces the code and keeps the attempts made so far.
 */
export async function receiveAssignment(db: FactdeckDatabase, received: Received, now: Date): Promise<ReceivedRecord> {
	return db.transaction('rw', db.received, async () => {
		const stored = await db.received.get(received.id);
		if (stored && stored.contentHash === received.contentHash) return stored;
		const record: ReceivedRecord = { ...received, receivedAt: stored?.receivedAt ?? now.getTime(), attempts: stored?.attempts ?? [] };
		await db.received.put(record);
		return record;
	});
}

export function getReceived(db: FactdeckDatabase, id: string): Promise<ReceivedRecord | undefined> {
	return db.received.get(id);
}

/** Saves an attempt (a new one, or the next answer of one in progress) before anything else is shown. */
export async function saveAttempt(db: FactdeckDatabase, assignmentId: string, attempt: AttemptRecord): Promise<void> {
	await db.transaction('rw', db.received, async () => {
		const stored = await db.received.get(assignmentId);
		if (!stored) throw new StudyError(`Assignment ${assignmentId} is not on this device.`);
		const others = stored.attempts.filter((a) => a.attemptId !== attempt.attemptId);
		await db.received.put({ ...stored, attempts: [...others, attempt].sort((a, b) => a.startedAt - b.startedAt) });
	});
}

/** Keeps the release code the student typed, so the answers stay unlocked on this device. */
export async function saveReleaseCode(db: FactdeckDatabase, assignmentId: string, releaseCode: string): Promise<void> {
	await db.received.update(assignmentId, { releaseCode });
}
