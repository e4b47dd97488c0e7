import { deckCounts, type DeckCounts, type FactdeckDatabase } from '$lib/db';
import type { SrsSettings } from '$lib/srs';

/**
 * How many cards of a deck are still due, behind a session's progress bar. An answer or an undo
 * moves the figure at once; the counts read afterwards (off the way of the next card) correct
 * it, and only the latest read is kept.
 */
export class DeckRemaining {
	#remaining = $state(0);
	#reads = 0;

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		private readonly onError: (message: string) => void
	) {}

	get value(): number {
		return this.#remaining;
	}

	set(counts: DeckCounts): void {
		this.#remaining = counts.learning + counts.review + counts.new;
	}

	/** A due card was answered: one fewer, until the counts say otherwise. */
	answered(): void {
		this.#remaining = Math.max(0, this.#remaining - 1);
	}

	/** An answer was taken back: its card is due again. */
	undone(): void {
		this.#remaining += 1;
	}

	read(now: Date, settings: SrsSettings): void {
		const read = ++this.#reads;
		deckCounts(this.db, this.bankId, now, settings).then(
			(counts) => read === this.#reads && this.set(counts),
			(error: unknown) => this.onError(`The counts of this deck could not be read: ${error instanceof Error ? error.message : String(error)}`)
		);
	}
}
