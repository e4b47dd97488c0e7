import { deckCounts, type DeckCounts } from '$lib/db/counts';
import type { FactdeckDatabase } from '$lib/db/database';
import type { QueueKind, SrsSettings } from '$lib/srs';

const NONE: DeckCounts = Object.freeze({ new: 0, learning: 0, review: 0 });

/**
 * What is left of a deck now, queue by queue, behind a session's progress. An answer or an undo
 * moves the figure at once; the counts read afterwards (off the way of the next card) correct
 * it (a card answered Again comes back as learning), and only the latest read is kept.
 */
export class DeckRemaining {
	#counts = $state<DeckCounts>(NONE);
	#reads = 0;

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		private readonly onError: (message: string) => void
	) {}

	get counts(): DeckCounts {
		return this.#counts;
	}

	get total(): number {
		return this.#counts.new + this.#counts.learning + this.#counts.review;
	}

	set(counts: DeckCounts): void {
		// Counts read before this are older than it.
		this.#reads++;
		this.#counts = counts;
	}

	/** A card of `kind` was answered: one fewer of that kind, until the counts say otherwise. */
	answered(kind: QueueKind): void {
		this.set({ ...this.#counts, [kind]: Math.max(0, this.#counts[kind] - 1) });
	}

	/** Reads the counts now; a read started later wins over this one. */
	async refresh(now: Date, settings: SrsSettings): Promise<void> {
		const read = ++this.#reads;
		const counts = await deckCounts(this.db, this.bankId, now, settings);
		if (read === this.#reads) this.#counts = counts;
	}

	/** Reads the counts off the way of the next card; a failure is reported, not thrown. */
	read(now: Date, settings: SrsSettings): void {
		this.refresh(now, settings).catch((error: unknown) =>
			this.onError(`The counts of this deck could not be read: ${error instanceof Error ? error.message : String(error)}`)
		);
	}
}
