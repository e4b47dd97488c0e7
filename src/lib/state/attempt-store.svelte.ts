import { saveAttempt, type AttemptRecord, type FactdeckDatabase, type ReceivedRecord } from '$lib/db';

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
}
