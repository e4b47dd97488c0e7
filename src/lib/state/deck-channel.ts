/**
 * Tells the other tabs of this app that a deck changed (an answer recorded, re-rated or taken
 * back), so their counts, progress and next cards stay true. A BroadcastChannel reaches every
 * other tab of the same origin, never the sender; where there is none, each tab stays on its own.
 */
export interface DeckChange {
	bankId: string;
	/** The card that changed; empty when the deck as a whole did (renamed, reset, hidden, deleted, brought back). */
	cardId: string;
}

/** Tells the other tabs once that a deck changed as a whole. */
export function announceDeck(bankId: string): void {
	const channel = new DeckChannel();
	channel.announce({ bankId, cardId: '' });
	channel.close();
}

const CHANNEL = 'factdeck-deck-changes';

function isDeckChange(value: unknown): value is DeckChange {
	if (typeof value !== 'object' || value === null) return false;
	const { bankId, cardId } = value as Record<string, unknown>;
	return typeof bankId === 'string' && typeof cardId === 'string';
}

export class DeckChannel {
	#channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

	announce(change: DeckChange): void {
		this.#channel?.postMessage(change);
	}

	/** Calls `listener` for each change another tab announces (messages of another shape are ignored). */
	listen(listener: (change: DeckChange) => void): void {
		if (this.#channel) this.#channel.onmessage = (event: MessageEvent<unknown>) => isDeckChange(event.data) && listener(event.data);
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
