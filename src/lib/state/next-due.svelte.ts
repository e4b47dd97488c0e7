import { nextDue } from '$lib/db/counts';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { SrsSettings } from '$lib/srs';
import { formatWhen } from '$lib/srs/when';

/** When a deck done for now has its next card due, read when its session ends, in words. */
export class NextDue {
	#due = $state<{ at: number; readAt: Date } | null>(null);

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		private readonly onError: (message: string) => void
	) {}

	/** "in 9 minutes", "tomorrow"; null when no card of the deck will ever be due. */
	get text(): string | null {
		return this.#due && formatWhen(this.#due.at, this.#due.readAt);
	}

	read(now: Date, settings: SrsSettings): void {
		nextDue(this.db, this.bankId, now, settings).then(
			(at) => (this.#due = at === null ? null : { at, readAt: now }),
			(error: unknown) => this.onError(`When the next card is due could not be read: ${storageFailureReason(error)}`)
		);
	}
}
