import { unlock, type Assignment, type TakenAssignment } from '$lib/assign';
import { saveAttempt, saveReleaseCode, storageFailureReason, type AttemptRecord, type FactdeckDatabase, type ReceivedRecord } from '$lib/db';
import { regraded } from './attempt-records';

/**
 * The attempts a student made at one assignment on this device, saved one by one; only those of
 * the version in hand count (a new version from the teacher starts the count again).
 */
export class AttemptStore {
	#received: ReceivedRecord;

	constructor(
		private readonly db: FactdeckDatabase,
		received: ReceivedRecord
	) {
		this.#received = $state.raw(received);
	}

	get contentHash(): string {
		return this.#received.contentHash;
	}

	/** Attempts at this version, oldest first. */
	get mine(): AttemptRecord[] {
		return this.#received.attempts.filter((a) => a.contentHash === this.#received.contentHash).sort((a, b) => a.startedAt - b.startedAt);
	}

	get finished(): AttemptRecord[] {
		return this.mine.filter((a) => a.finishedAt !== null);
	}

	async save(attempt: AttemptRecord): Promise<void> {
		await saveAttempt(this.db, this.#received.id, attempt);
		this.#received = { ...this.#received, attempts: [...this.#received.attempts.filter((a) => a.attemptId !== attempt.attemptId), attempt] };
	}

	/**
	 * Unlocks the assignment with the teacher's release code and keeps it released (see `release`):
	 * the unlocked assignment, or why not, in words for the student.
	 */
	async unlock(assignment: TakenAssignment, code: string): Promise<Assignment | string> {
		let unlocked: Assignment;
		try {
			unlocked = await unlock(assignment, code);
		} catch (error) {
			return error instanceof Error ? error.message : String(error);
		}
		try {
			await this.release(unlocked, code);
		} catch (error) {
			return `The answers were not unlocked: ${storageFailureReason(error)}`;
		}
		return unlocked;
	}

	/**
	 * Regrades every attempt with the unlocked questions, then keeps the release code on this
	 * device. Regrading is recomputed from the stored answers, so a write refused halfway is simply
	 * redone by the next release.
	 */
	async release(unlocked: Assignment, code: string): Promise<void> {
		for (const attempt of this.mine) await this.save(regraded(attempt, unlocked.questions));
		await saveReleaseCode(this.db, unlocked.id, code);
	}
}
