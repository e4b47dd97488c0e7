import { restoreDeck, type DeletedDeck } from '$lib/db/deck-delete';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import { announceDeck } from './deck-channel';

/** How long Undo is offered after a deck is deleted. */
export const UNDO_MS = 10_000;

// The deleted deck is held in this page's memory only: the delete itself is done and stored at
// once, so a reload or a closed tab during these seconds leaves the deck deleted, as confirmed,
// and never half there. Home shows the offer, so this module carries no scheduler.

interface Pending {
	db: FactdeckDatabase;
	deleted: DeletedDeck;
	timer: ReturnType<typeof setTimeout>;
}

/** The last deck deleted, while its Undo is offered. */
export class DeckUndo {
	#pending = $state.raw<Pending | null>(null);
	#failure = $state<string | null>(null);
	#restored = $state<string | null>(null);

	constructor(private readonly ms = UNDO_MS) {}

	/** The title of the deck Undo would bring back, or null when none is offered. */
	get title(): string | null {
		return this.#pending?.deleted.bank.title ?? null;
	}
	/** The cards and answers Undo would bring back. */
	get counts(): { cards: number; reviews: number } | null {
		const deleted = this.#pending?.deleted;
		return deleted ? { cards: deleted.cards.length, reviews: deleted.reviews.length } : null;
	}
	/** Why the last Undo failed, in words. */
	get failure(): string | null {
		return this.#failure;
	}
	/** The title of the deck the last Undo brought back. */
	get restored(): string | null {
		return this.#restored;
	}

	/** Offers Undo for a deck just deleted, for a few seconds (a later delete replaces the offer). */
	offer(db: FactdeckDatabase, deleted: DeletedDeck): void {
		this.dismiss();
		this.#failure = null;
		this.#restored = null;
		this.#pending = { db, deleted, timer: setTimeout(() => this.dismiss(), this.ms) };
	}

	dismiss(): void {
		if (this.#pending) clearTimeout(this.#pending.timer);
		this.#pending = null;
	}

	/** Puts the deleted deck back whole; `onDone` runs after, so a list can read it again. */
	async undo(onDone?: () => void | Promise<void>): Promise<void> {
		const pending = this.#pending;
		if (!pending) return;
		this.dismiss();
		try {
			await restoreDeck(pending.db, pending.deleted);
			this.#restored = pending.deleted.bank.title;
			announceDeck(pending.deleted.bank.id);
			await onDone?.();
		} catch (error) {
			this.#failure = `“${pending.deleted.bank.title}” could not be brought back: ${storageFailureReason(error)}`;
		}
	}
}

/** The page's one offer, shared by the deck screen (which deletes) and Home (which offers Undo). */
export const deckUndo = new DeckUndo();
