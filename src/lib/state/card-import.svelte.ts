import type { FactdeckDatabase } from '$lib/db/database';
import type { SavedImport } from '$lib/db/import-deck';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { FormatId, ImportRequest } from '$lib/formats/registry';
import type { QuizletSeparator } from '$lib/formats/quizlet';
import type { ImportedDeck } from '$lib/formats/types';
import { FileReadError } from './errors';

const work = () => import('./collection-work');

/** Where an import of cards stands: nothing is written before `confirm()`. */
export type CardImportStep =
	| { kind: 'idle' }
	| { kind: 'reading'; file: string }
	| { kind: 'preview'; file: string; deck: ImportedDeck }
	| { kind: 'saving'; file: string }
	| { kind: 'imported'; file: string; saved: SavedImport }
	| { kind: 'refused'; file: string; message: string }
	| { kind: 'cancelled'; file: string }
	| { kind: 'failed'; file: string; reason: string };

/** How the learner describes the file: its format (guessed from its name) and Quizlet's separator. */
export type FormatChoice = FormatId | 'auto';

/**
 * Importing cards from another app's file: read and shown first (what will be imported, what
 * skipped and why), then landed whole as a new deck when the learner says Import.
 */
export class CardImport {
	#step = $state.raw<CardImportStep>({ kind: 'idle' });
	format = $state<FormatChoice>('auto');
	separator = $state<QuizletSeparator['kind']>('tab');
	customSeparator = $state('');

	/** `db` may still be opening (the collection page shows before storage is ready): each use awaits it. */
	constructor(
		private readonly db: FactdeckDatabase | Promise<FactdeckDatabase>,
		private readonly onChange: () => void | Promise<void> = () => {},
		private readonly clock: () => Date = () => new Date()
	) {}

	get step(): CardImportStep {
		return this.#step;
	}
	get busy(): boolean {
		return this.#step.kind === 'reading' || this.#step.kind === 'saving';
	}

	#request(format: FormatId): ImportRequest {
		if (format !== 'quizlet') return { format };
		const separator: QuizletSeparator = this.separator === 'custom' ? { kind: 'custom', text: this.customSeparator } : { kind: this.separator };
		return { format, separator };
	}

	async pick(file: File): Promise<void> {
		if (this.busy) return;
		this.#step = { kind: 'reading', file: file.name };
		try {
			const [bytes, { readCards }, { guessFormat }] = await Promise.all([readBytes(file), work(), import('$lib/formats/registry')]);
			const format = this.format === 'auto' ? guessFormat(file.name) : this.format;
			const result = await readCards({ name: file.name, bytes }, this.#request(format));
			if (!result.ok) this.#step = { kind: 'refused', file: file.name, message: result.message };
			else if (result.deck.questions.length === 0) {
				this.#step = { kind: 'refused', file: file.name, message: nothingMessage(file.name, result.deck) };
			} else this.#step = { kind: 'preview', file: file.name, deck: result.deck };
		} catch (error) {
			this.#step = { kind: 'failed', file: file.name, reason: reasonOf(error) };
		}
	}

	async confirm(): Promise<void> {
		const step = this.#step;
		if (step.kind !== 'preview') return;
		this.#step = { kind: 'saving', file: step.file };
		try {
			const { saveDeck } = await work();
			const saved = await saveDeck(await this.db, step.deck, this.clock());
			this.#step = { kind: 'imported', file: step.file, saved };
			await this.onChange();
		} catch (error) {
			this.#step = { kind: 'failed', file: step.file, reason: reasonOf(error) };
		}
	}

	cancel(): void {
		const step = this.#step;
		if (step.kind === 'preview') this.#step = { kind: 'cancelled', file: step.file };
	}
}

function nothingMessage(file: string, deck: ImportedDeck): string {
	const first = deck.skipped[0];
	const why = first ? ` The first thing skipped: ${first.where} ${first.reason}.` : ' It is empty.';
	return `${file} holds no card that can be imported.${why} Is the format right?`;
}

async function readBytes(file: File): Promise<Uint8Array> {
	try {
		return new Uint8Array(await file.arrayBuffer());
	} catch (error) {
		throw new FileReadError(error instanceof Error ? error.message : String(error));
	}
}

function reasonOf(error: unknown): string {
	if (error instanceof FileReadError) return `the file could not be read (${error.message}). Pick it again.`;
	return storageFailureReason(error);
}
