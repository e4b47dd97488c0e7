import type { BackupOffer } from '$lib/db/backup-reminder';
import type { FactdeckDatabase } from '$lib/db/database';

// Home's backup offer: one small read on each visit, its code loaded after Home is on screen so
// that Home's first load does not grow. A failure to read it shows nothing: the offer is a
// reminder, not something the learner is waiting for.

export class BackupOfferState {
	#offer = $state.raw<BackupOffer | null>(null);

	static open(storage: { ready(): Promise<FactdeckDatabase> }, now = new Date()): BackupOfferState {
		const state = new BackupOfferState();
		void state.#load(storage, now);
		return state;
	}

	/** The offer when one is due, else null. */
	get offer(): BackupOffer | null {
		return this.#offer?.due ? this.#offer : null;
	}

	async #load(storage: { ready(): Promise<FactdeckDatabase> }, now: Date): Promise<void> {
		try {
			const [db, { backupOffer }] = await Promise.all([storage.ready(), import('$lib/db/backup-reminder')]);
			this.#offer = await backupOffer(db, now);
		} catch {
			this.#offer = null;
		}
	}
}
