import { formatProblem, parseBank } from '$lib/bank';
import { openDatabase, saveBank, StorageError, type FactdeckDatabase } from '$lib/db';
import { builtInBanks, type BuiltInBankSource } from './builtin-banks';

export type StorageStatus = 'opening' | 'ready' | 'failed';

/**
 * The one open database of the page, and the first-run work that comes with it: every
 * built-in bank is validated and synced. A bank that fails validation is reported and skipped;
 * what is already stored is left untouched.
 */
export class AppStorage {
	#status = $state<StorageStatus>('opening');
	#failure = $state<string | null>(null);
	#bankProblems = $state<string[]>([]);
	#opening: Promise<FactdeckDatabase> | null = null;

	constructor(
		private readonly sources: BuiltInBankSource[] = builtInBanks,
		private readonly name?: string
	) {}

	get status(): StorageStatus {
		return this.#status;
	}
	/** Why storage cannot be used, in words for the learner. */
	get failure(): string | null {
		return this.#failure;
	}
	/** One line per problem of a built-in bank that was not loaded: `file: question-id: field: message`. */
	get bankProblems(): string[] {
		return this.#bankProblems;
	}

	/** The database, opened and synced once per page however many callers ask. */
	ready(): Promise<FactdeckDatabase> {
		this.#opening ??= this.#open();
		return this.#opening;
	}

	async #open(): Promise<FactdeckDatabase> {
		try {
			const db = await openDatabase(this.name, {
				onBlocked: () => {
					this.#failure = 'Factdeck is open in another tab with an older version. Close the other Factdeck tabs to continue.';
				},
				onReplaced: () => {
					this.#status = 'failed';
					this.#failure = 'A newer Factdeck was opened in another tab. Reload this page to continue.';
				}
			});
			this.#bankProblems = await this.#syncBuiltIns(db);
			this.#failure = null;
			this.#status = 'ready';
			return db;
		} catch (error) {
			this.#status = 'failed';
			this.#failure =
				error instanceof StorageError ? error.message : `Factdeck could not start its storage: ${String(error)}`;
			throw error;
		}
	}

	async #syncBuiltIns(db: FactdeckDatabase): Promise<string[]> {
		const problems: string[] = [];
		const now = new Date();
		for (const source of this.sources) {
			const parsed = parseBank(await source.load());
			if (!parsed.ok) {
				problems.push(...parsed.problems.map((p) => formatProblem(source.file, p)));
				continue;
			}
			await saveBank(db, parsed.bank, { builtIn: true }, now);
		}
		return problems;
	}
}

export const appStorage = new AppStorage();
