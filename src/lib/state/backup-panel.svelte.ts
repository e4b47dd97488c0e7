import { getReminder, putOfferDays, type BackupReminder } from '$lib/db/backup-reminder';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { BackupCounts } from '$lib/formats/backup-schema';

const work = () => import('./collection-work');

export type BackupNotice =
	{ kind: 'made'; fileName: string; counts: BackupCounts; noted: boolean } | { kind: 'days-saved'; days: number } | { kind: 'failed'; reason: string };

/** A backup file to hand to the browser as a download. */
export interface BackupFile {
	fileName: string;
	text: string;
}

/** Making a backup file, and the reminder of when to make the next one. */
export class BackupPanel {
	#busy = $state(false);
	#notice = $state.raw<BackupNotice | null>(null);
	#reminder = $state.raw<BackupReminder | null>(null);

	/** `db` may still be opening (the collection page shows before storage is ready): each use awaits it. */
	constructor(
		private readonly db: FactdeckDatabase | Promise<FactdeckDatabase>,
		private readonly clock: () => Date = () => new Date()
	) {}

	get busy(): boolean {
		return this.#busy;
	}
	get notice(): BackupNotice | null {
		return this.#notice;
	}
	get reminder(): BackupReminder | null {
		return this.#reminder;
	}

	/** Reads the reminder; a failure is a notice, never thrown. */
	async load(): Promise<void> {
		try {
			this.#reminder = await getReminder(await this.db);
		} catch (error) {
			this.#notice = { kind: 'failed', reason: `The backup reminder could not be read: ${storageFailureReason(error)}` };
		}
	}

	/** Writes the backup file's text; the caller hands it to the browser. Null when it failed (see notice). */
	async backUp(): Promise<BackupFile | null> {
		if (this.#busy) return null;
		this.#busy = true;
		this.#notice = null;
		try {
			const { makeBackup } = await work();
			const made = await makeBackup(await this.db, this.clock());
			this.#notice = { kind: 'made', fileName: made.fileName, counts: made.counts, noted: made.noted };
			this.#reminder = await getReminder(await this.db);
			return made;
		} catch (error) {
			this.#notice = { kind: 'failed', reason: `The backup could not be made: ${storageFailureReason(error)}` };
			return null;
		} finally {
			this.#busy = false;
		}
	}

	async setOfferDays(days: number): Promise<void> {
		try {
			await putOfferDays(await this.db, days);
			this.#reminder = await getReminder(await this.db);
			this.#notice = { kind: 'days-saved', days };
		} catch (error) {
			const reason = error instanceof RangeError ? error.message : `It could not be saved: ${storageFailureReason(error)}`;
			this.#notice = { kind: 'failed', reason };
		}
	}
}
