import type { Bank, Problem } from '$lib/bank';
import type { SyncResult } from '$lib/db/banks';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import { FileReadError } from './errors';

// The validator and the scheduler come with './bank-import', loaded when a file is picked.
const work = () => import('./bank-import');

/** What the last import attempt came to; each attempt replaces the one before. */
export type ImportNotice =
	| { kind: 'imported'; title: string; asNewDeck: boolean; result: SyncResult; listOutdated: boolean }
	| { kind: 'unchanged'; title: string }
	| { kind: 'invalid'; file: string; problems: Problem[] }
	| { kind: 'failed'; file: string; reason: string }
	| { kind: 'cancelled'; file: string };

/** Asked when the file's deck id is already taken on this device. */
export interface ImportQuestion {
	file: string;
	title: string;
	existingTitle: string;
	/** A built-in deck is re-synced on every start, so it cannot be replaced. */
	builtIn: boolean;
	/** Questions of the existing deck that replacing it would retire. */
	retiring: number;
}

export type ImportChoice = 'new' | 'replace' | 'cancel';

type Clock = () => Date;

/**
 * Importing a bank file: validated whole first, then written in one transaction or not at all.
 * A file whose id is already taken never takes over that deck silently: the learner chooses to
 * import it as a new deck (the default), to replace the deck, or to cancel.
 */
export class BankImport {
	#busy = $state(false);
	#notice = $state.raw<ImportNotice | null>(null);
	#question = $state.raw<ImportQuestion | null>(null);
	#pending: Bank | null = null;

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly onChange: () => Promise<void>,
		private readonly clock: Clock = () => new Date()
	) {}

	get busy(): boolean {
		return this.#busy;
	}
	get notice(): ImportNotice | null {
		return this.#notice;
	}
	get question(): ImportQuestion | null {
		return this.#question;
	}

	/** Reads, checks and imports a file, or asks first when its id is taken. Never throws. */
	async importFile(file: File): Promise<void> {
		await this.#step(file.name, async () => {
			const [text, { parseBankFile, conflictOf }] = await Promise.all([readText(file), work()]);
			const parsed = parseBankFile(text, file.name);
			if (!parsed.ok) {
				this.#notice = { kind: 'invalid', file: file.name, problems: parsed.problems };
				return;
			}
			const bank = parsed.bank;
			const conflict = await conflictOf(this.db, bank);
			if (!conflict) return this.#save(bank, false);
			if (conflict.identical) {
				this.#notice = { kind: 'unchanged', title: conflict.stored.title };
				return;
			}
			this.#pending = bank;
			this.#question = {
				file: file.name,
				title: bank.title,
				existingTitle: conflict.stored.title,
				builtIn: conflict.stored.builtIn,
				retiring: conflict.retiring
			};
		});
	}

	/** Answers the question about a taken id. */
	async choose(choice: ImportChoice): Promise<void> {
		const bank = this.#pending;
		const question = this.#question;
		if (!bank || !question || (choice === 'replace' && question.builtIn)) return;
		await this.#step(question.file, async () => {
			if (choice === 'cancel') {
				this.#notice = { kind: 'cancelled', file: question.file };
				return;
			}
			await this.#save(bank, choice === 'new');
		});
	}

	async #save(bank: Bank, asNewDeck: boolean): Promise<void> {
		const { saveImported } = await work();
		const saved = await saveImported(this.db, bank, asNewDeck, this.clock());
		const notice = { kind: 'imported', title: saved.bank.title, asNewDeck, result: saved.result, listOutdated: false } as const;
		this.#notice = notice;
		try {
			await this.onChange();
		} catch {
			// The deck is stored; only the list on screen is behind, and the notice says so.
			this.#notice = { ...notice, listOutdated: true };
		}
	}

	/** One attempt at a time; whatever it comes to replaces the previous notice and question. */
	async #step(file: string, work: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		this.#notice = null;
		this.#question = null;
		this.#pending = null;
		try {
			await work();
		} catch (error) {
			this.#question = null;
			this.#pending = null;
			this.#notice = { kind: 'failed', file, reason: failureReason(error) };
		} finally {
			this.#busy = false;
		}
	}
}

async function readText(file: File): Promise<string> {
	try {
		return await file.text();
	} catch (error) {
		throw new FileReadError(error instanceof Error ? error.message : String(error));
	}
}

function failureReason(error: unknown): string {
	if (error instanceof FileReadError) return `the file could not be read (${error.message}). Pick it again.`;
	return storageFailureReason(error);
}
