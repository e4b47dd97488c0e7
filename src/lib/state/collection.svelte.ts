import type { FactdeckDatabase } from '$lib/db/database';
import { BackupPanel } from './backup-panel.svelte';
import { CardImport } from './card-import.svelte';
import { DeckExport } from './deck-export.svelte';
import { RestorePanel } from './restore-panel.svelte';

/** The collection page: backing up, restoring and importing cards, once storage is open. */
export class Collection {
	#panels = $state.raw<{ backup: BackupPanel; restore: RestorePanel; cards: CardImport; exporter: DeckExport } | null>(null);

	/** `exportDeck`: the deck the export offers first (a deck's screen links here to export it). */
	static open(storage: { ready(): Promise<FactdeckDatabase> }, exportDeck?: string): Collection {
		const collection = new Collection();
		void collection.#load(storage, exportDeck);
		return collection;
	}

	/** Null until storage is open; if it never opens, the layout says why. */
	get panels() {
		return this.#panels;
	}

	async #load(storage: { ready(): Promise<FactdeckDatabase> }, exportDeck: string | undefined): Promise<void> {
		let db: FactdeckDatabase;
		try {
			db = await storage.ready();
		} catch {
			return;
		}
		const backup = new BackupPanel(db);
		const exporter = new DeckExport(db);
		if (exportDeck) exporter.bankId = exportDeck;
		// A restore or an import changes the decks there are to export.
		const restore = new RestorePanel(db, () => Promise.all([backup.load(), exporter.load()]).then(() => {}));
		this.#panels = { backup, restore, cards: new CardImport(db, () => exporter.load()), exporter };
		await Promise.all([backup.load(), exporter.load()]);
	}
}
