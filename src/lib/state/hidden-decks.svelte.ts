import { listBanks } from '$lib/db/bank-list';
import type { FactdeckDatabase } from '$lib/db/database';
import { hiddenDeckIds, setDeckHidden } from '$lib/db/deck-hidden';
import { storageFailureReason } from '$lib/db/storage-failure';
import { announceDeck } from './deck-channel';

/** The decks hidden from Home, listed in Settings so they can be shown again. */
export class HiddenDecks {
	#decks = $state.raw<{ id: string; title: string }[]>([]);
	#failure = $state<string | null>(null);
	#shown = $state<string | null>(null);

	constructor(private readonly db: FactdeckDatabase) {}

	get decks(): { id: string; title: string }[] {
		return this.#decks;
	}
	get failure(): string | null {
		return this.#failure;
	}
	/** The title of the deck last shown again. */
	get shown(): string | null {
		return this.#shown;
	}

	async load(): Promise<void> {
		const [banks, hidden] = await Promise.all([listBanks(this.db), hiddenDeckIds(this.db)]);
		this.#decks = banks.filter((b) => hidden.has(b.id)).map((b) => ({ id: b.id, title: b.title }));
	}

	async show(bankId: string): Promise<void> {
		const title = this.#decks.find((d) => d.id === bankId)?.title ?? bankId;
		try {
			await setDeckHidden(this.db, bankId, false);
			announceDeck(bankId);
			await this.load();
			this.#failure = null;
			this.#shown = title;
		} catch (error) {
			this.#failure = `“${title}” was not shown again: ${storageFailureReason(error)}`;
		}
	}
}
