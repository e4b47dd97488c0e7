import type { FactdeckDatabase } from '$lib/db/database';
import type { SessionRecord } from '$lib/db/records';
import { refreshSession } from '$lib/db/sessions';
import { storageFailureReason } from '$lib/db/storage-failure';

/**
 * The session a study session shows (its tally and Undo) as stored, with the answers still on
 * their way to the database counted in at once. Answers land in the order they were given, so
 * the session each write returns is the newest stored and is taken as it lands; a write that
 * fails is simply no longer counted. Another tab studying the same deck moves the stored session
 * too: it is read again when that tab is heard.
 */
export class SessionLedger {
	#record = $state.raw<SessionRecord | null>(null);
	#pending = $state(0);
	#writes = new Set<Promise<unknown>>();

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly clock: () => Date,
		private readonly onError: (message: string) => void
	) {}

	get record(): SessionRecord | null {
		return this.#record;
	}
	/** Answers so far, those still on their way included. */
	get done(): number {
		return (this.#record?.tally.items ?? 0) + this.#pending;
	}
	/** Whether a stored answer can be taken back (one on its way can once it lands). */
	get canUndo(): boolean {
		return (this.#record?.undo.length ?? 0) > 0;
	}
	/** Whether an answer is on its way to the database. */
	get writing(): boolean {
		return this.#pending > 0;
	}

	set(record: SessionRecord): void {
		this.#record = record;
	}

	require(): SessionRecord {
		if (!this.#record) throw new Error('The session has not started.');
		return this.#record;
	}

	/** Follows an answer's write: counted at once, its stored session taken when it lands. */
	track<T extends { session: SessionRecord }>(write: Promise<T>): Promise<T> {
		this.#pending++;
		const tracked = write.then(
			(saved) => {
				this.#pending--;
				this.#record = saved.session;
				return saved;
			},
			(error: unknown) => {
				this.#pending--;
				throw error;
			}
		);
		const settled: Promise<boolean> = tracked.then(
			() => this.#writes.delete(settled),
			() => this.#writes.delete(settled)
		);
		this.#writes.add(settled);
		return tracked;
	}

	/** Resolves once every answer on its way has landed or failed. */
	async settled(): Promise<void> {
		await Promise.all(this.#writes);
	}

	/** Reads the stored session again: another tab may have moved it on. */
	async refresh(): Promise<void> {
		const session = this.#record;
		if (!session) return;
		const latest = await refreshSession(this.db, session, this.clock());
		// An answer of this tab on its way, or saved meanwhile, is newer than what was read.
		if (!this.writing && latest.lastActiveAt >= (this.#record?.lastActiveAt ?? 0)) this.#record = latest;
	}

	/** Another tab changed the deck: the session is read again, a failure reported, not thrown. */
	heard(): void {
		this.refresh().catch((error: unknown) => this.onError(`This session could not be read: ${storageFailureReason(error)}`));
	}
}
