import { backupOffer, type BackupOffer } from '$lib/db/backup-reminder';
import type { FactdeckDatabase } from '$lib/db/database';

// Home's backup offer: one small read on each visit. A failure to read it shows nothing, as the
// offer is a reminder, not something the learner is waiting for.

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
			this.#offer = await backupOffer(await storage.ready(), now);
		} catch {
			this.#offer = null;
		}
	}
}
