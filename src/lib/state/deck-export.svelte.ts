import { listBanks } from '$lib/db/bank-list';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { ExportFormatId } from '$lib/formats/registry';

const work = () => import('./collection-work');

export type ExportNotice = { kind: 'saved'; fileName: string; title: string; questions: number } | { kind: 'failed'; reason: string };

/** Writing one deck as a file for another app (Anki, Quizlet, a spreadsheet, Moodle). */
export class DeckExport {
	#decks = $state.raw<{ id: string; title: string }[]>([]);
	#notice = $state.raw<ExportNotice | null>(null);
	#busy = $state(false);
	bankId = $state('');
	format = $state<ExportFormatId>('anki-text');

	/** `db` may still be opening (the collection page shows before storage is ready): each use awaits it. */
	constructor(private readonly db: FactdeckDatabase | Promise<FactdeckDatabase>) {}

	get decks(): { id: string; title: string }[] {
		return this.#decks;
	}
	get notice(): ExportNotice | null {
		return this.#notice;
	}
	get busy(): boolean {
		return this.#busy;
	}

	async load(): Promise<void> {
		try {
			this.#decks = (await listBanks(await this.db)).map((b) => ({ id: b.id, title: b.title }));
			if (!this.#decks.some((d) => d.id === this.bankId)) this.bankId = this.#decks[0]?.id ?? '';
		} catch (error) {
			this.#notice = { kind: 'failed', reason: `Your decks could not be read: ${storageFailureReason(error)}` };
		}
	}

	/** The file to hand to the browser, or null (see notice). */
	async export(): Promise<{ fileName: string; text: string } | null> {
		if (this.#busy || !this.bankId) return null;
		this.#busy = true;
		this.#notice = null;
		try {
			const { exportDeck } = await work();
			const file = await exportDeck(await this.db, this.bankId, this.format);
			if (!file) {
				this.#notice = { kind: 'failed', reason: 'That deck is no longer on this device.' };
				await this.load();
				return null;
			}
			this.#notice = { kind: 'saved', fileName: file.fileName, title: file.title, questions: file.questions };
			return file;
		} catch (error) {
			this.#notice = { kind: 'failed', reason: `The deck could not be exported: ${storageFailureReason(error)}` };
			return null;
		} finally {
			this.#busy = false;
		}
	}
}
