import { browser } from '$app/environment';
import type { Bank } from '$lib/bank/schema';
import { builtInIsCurrent, isFirstStart } from '$lib/db/builtin-source';
import { DATABASE_NAME, type FactdeckDatabase } from '$lib/db/database';
import { StorageError } from '$lib/db/errors';
import { journalKeys, pageJournal } from '$lib/db/answer-journal';
import { openDatabase, type Replaced } from '$lib/db/open';
import { storageFailureReason } from '$lib/db/storage-failure';
import { builtInBanks, type BuiltInBankLoader } from './builtin-banks';

// Every page loads this first: it imports the database modules it needs one by one, so that the
// validator (zod) and the scheduler (ts-fsrs) stay out of the first load of Home.

export type StorageStatus = 'opening' | 'ready' | 'failed';

/** What the learner can do about a failure: open the storage again, or reload the page. */
export type StorageRecovery = 'retry' | 'reload';

const REPLACED = {
	upgraded: 'A newer Factdeck was opened in another tab. Reload this page to continue.',
	deleted:
		"Factdeck's data on this device was deleted, from another tab or by clearing this site's data in the browser: the decks and progress it held are gone. Reload the page to start again with the built-in decks."
} as const;

/**
 * The one open database of the page, and the first-run work that comes with it: every
 * built-in bank (checked when the app was built) is synced.
 */
export class AppStorage {
	#status = $state<StorageStatus>('opening');
	#failure = $state<string | null>(null);
	#recovery = $state<StorageRecovery | null>(null);
	#opening: Promise<FactdeckDatabase> | null = null;

	constructor(
		private readonly builtIns: BuiltInBankLoader[] = builtInBanks,
		private readonly name?: string,
		private readonly timeoutMs?: number
	) {}

	get status(): StorageStatus {
		return this.#status;
	}
	/** Why storage cannot be used, in words for the learner. */
	get failure(): string | null {
		return this.#failure;
	}
	/** What may help after a failure; null when nothing the learner can press would. */
	get recovery(): StorageRecovery | null {
		return this.#recovery;
	}
	/** The database, opened and synced once per page however many callers ask. */
	ready(): Promise<FactdeckDatabase> {
		// Pages are also rendered when the app is built, as the frame that paints before the
		// JavaScript runs: there the database is never opened, and the frame shows it opening.
		if (!browser) return new Promise(() => {});
		this.#opening ??= this.#open();
		return this.#opening;
	}

	async #open(): Promise<FactdeckDatabase> {
		try {
			const handlers = {
				onBlocked: () => {
					this.#failure = 'Factdeck is open in another tab with an older version. Close the other Factdeck tabs to continue.';
				},
				onReplaced: (why: Replaced) => {
					this.#status = 'failed';
					this.#failure = REPLACED[why];
					this.#recovery = 'reload';
				}
			};
			// The built-in banks download while the database opens: on a phone's first visit each
			// is a round trip before Home can show its decks. Awaited below, where a failure lands
			// in the catch; the handler here only keeps it from counting as unhandled meanwhile.
			const banks = Promise.all(this.builtIns.map((load) => load()));
			banks.catch(() => {});
			// A first start always syncs, so the sync's code downloads beside the banks too rather
			// than after the database opens; #syncBuiltIns imports it again and gets this fetch.
			void isFirstStart(this.name ?? DATABASE_NAME)
				.then((first) => (first ? import('./builtin-sync') : undefined))
				.catch(() => {});
			const db = await openDatabase(this.name, handlers, this.timeoutMs);
			await this.#replayAnswers(db);
			await this.#syncBuiltIns(db, await banks);
			this.#failure = null;
			this.#status = 'ready';
			return db;
		} catch (error) {
			this.#status = 'failed';
			this.#failure = error instanceof StorageError ? error.message : `Factdeck could not start its storage: ${storageFailureReason(error)}`;
			this.#recovery = error instanceof StorageError && error.failure === 'timeout' ? 'retry' : null;
			throw error;
		}
	}

	/**
	 * Answers a tab gave but did not see written before it died are recorded before anything is
	 * counted or shown. Almost every start finds none and loads nothing for it.
	 */
	async #replayAnswers(db: FactdeckDatabase): Promise<void> {
		const journal = pageJournal();
		if (!journal || journalKeys(journal, db.name).length === 0) return;
		try {
			const { replayAnswers } = await import('$lib/db/answer-replay');
			await replayAnswers(db, journal);
		} catch {
			// The entries stay in the journal for the next start; this one goes on without them.
		}
	}

	/** A built-in bank whose file is unchanged since it was last synced costs one read. */
	async #syncBuiltIns(db: FactdeckDatabase, banks: Bank[]): Promise<void> {
		const now = new Date();
		for (const bank of banks) {
			if (await builtInIsCurrent(db, bank)) continue;
			const { syncBuiltIn } = await import('./builtin-sync');
			await syncBuiltIn(db, bank, now);
		}
	}
}

export const appStorage = new AppStorage();
