import type { FactdeckDatabase } from '$lib/db/database';
import { BackupPanel } from './backup-panel.svelte';
import { CardImport } from './card-import.svelte';
import { DeckExport } from './deck-export.svelte';
import { RestorePanel } from './restore-panel.svelte';

/**
 * The collection page: backing up, restoring and importing cards. The panels exist at once and
 * wait for storage themselves, so the page is on screen before storage has opened (a first
 * visit also syncs the built-in decks first); if storage never opens, the layout says why.
 */
export class Collection {
	#loaded = $state(false);

	private constructor(
		readonly panels: { backup: BackupPanel; restore: RestorePanel; cards: CardImport; exporter: DeckExport },
		loading: Promise<unknown>
	) {
		void loading.then(() => (this.#loaded = true));
	}

	/** `exportDeck`: the deck the export offers first (a deck's screen links here to export it). */
	static open(storage: { ready(): Promise<FactdeckDatabase> }, exportDeck?: string): Collection {
		const db = storage.ready();
		const backup = new BackupPanel(db);
		const exporter = new DeckExport(db);
		if (exportDeck) exporter.bankId = exportDeck;
		// A restore or an import changes the decks there are to export.
		const restore = new RestorePanel(db, () => Promise.all([backup.load(), exporter.load()]).then(() => {}));
		const panels = { backup, restore, cards: new CardImport(db, () => exporter.load()), exporter };
		return new Collection(panels, Promise.all([backup.load(), exporter.load()]));
	}

	/** True once the backup reminder and the list of decks have been read (or failed to be). */
	get loaded(): boolean {
		return this.#loaded;
	}
}
