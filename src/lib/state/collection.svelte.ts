import type { FactdeckDatabase } from '$lib/db/database';
import { BackupPanel } from './backup-panel.svelte';
import { CardImport } from './card-import.svelte';
import { RestorePanel } from './restore-panel.svelte';

/** The collection page: backing up, restoring and importing cards, once storage is open. */
export class Collection {
	#panels = $state.raw<{ backup: BackupPanel; restore: RestorePanel; cards: CardImport } | null>(null);

	static open(storage: { ready(): Promise<FactdeckDatabase> }): Collection {
		const collection = new Collection();
		void collection.#load(storage);
		return collection;
	}

	/** Null until storage is open; if it never opens, the layout says why. */
	get panels() {
		return this.#panels;
	}

	async #load(storage: { ready(): Promise<FactdeckDatabase> }): Promise<void> {
		let db: FactdeckDatabase;
		try {
			db = await storage.ready();
		} catch {
			return;
		}
		const backup = new BackupPanel(db);
		this.#panels = { backup, restore: new RestorePanel(db, () => backup.load()), cards: new CardImport(db) };
		await backup.load();
	}
}
