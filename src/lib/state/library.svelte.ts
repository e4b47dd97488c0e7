import { listBanks } from '$lib/db/bank-list';
import { releaseBuried } from '$lib/db/burial';
import { deckCounts, nextDue, type DeckCounts } from '$lib/db/counts';
import { hiddenDeckIds } from '$lib/db/deck-hidden';
import type { FactdeckDatabase } from '$lib/db/database';
import type { BankRecord } from '$lib/db/records';
import { getSrsSettings } from '$lib/db/settings-read';
import { everyDeckRows, settingsOf } from '$lib/db/study-more';
import { BankImport } from './bank-import.svelte';
import { DeckChannel } from './deck-channel';

// Home's state. It imports the database modules it needs one by one, and the import work only
// when a file is picked, so that Home's first load carries neither the scheduler nor the bank
// validator.

export interface Deck {
	bank: BankRecord;
	counts: DeckCounts;
	/** When a deck with nothing left today has its next card due (null: never, or cards are left). */
	nextDue: number | null;
	/** When the counts were read, for saying how far off `nextDue` is. */
	readAt: Date;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The learner's decks with what is due in each, and importing a bank from a file. */
export class Library {
	#db: FactdeckDatabase | null = null;
	#decks = $state<Deck[]>([]);
	#hiddenCount = $state(0);
	#loaded = $state(false);
	#error = $state<string | null>(null);
	#importer = $state.raw<BankImport | null>(null);

	/** A library that starts loading at once; if storage fails, the layout says why. */
	static open(storage: { ready(): Promise<FactdeckDatabase> }): Library {
		const library = new Library();
		void library.#load(storage);
		return library;
	}

	get decks(): Deck[] {
		return this.#decks;
	}
	/** Decks hidden from this list (shown again from Settings or the deck's screen). */
	get hiddenCount(): number {
		return this.#hiddenCount;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	/** Why the decks could not be read, in words for the learner. */
	get error(): string | null {
		return this.#error;
	}
	/** Importing bank files into this library, once storage is open; the list refreshes after each. */
	get importer(): BankImport | null {
		return this.#importer;
	}

	async #load(storage: { ready(): Promise<FactdeckDatabase> }): Promise<void> {
		try {
			this.#db = await storage.ready();
		} catch {
			return;
		}
		this.#importer = new BankImport(this.#db, () => this.refresh());
		await this.refresh();
	}

	/** Reads every deck's counts again; a failure is kept as `error`, never thrown. */
	async refresh(now = new Date()): Promise<void> {
		const db = this.#db;
		if (!db) return;
		try {
			// Cards buried on an earlier study day come back before anything is counted.
			await releaseBuried(db, now);
			const [settings, all, hidden, rows] = await Promise.all([getSrsSettings(db), listBanks(db), hiddenDeckIds(db), everyDeckRows(db)]);
			const banks = all.filter((bank) => !hidden.has(bank.id));
			this.#hiddenCount = all.length - banks.length;
			this.#decks = await Promise.all(
				banks.map(async (bank) => {
					const own = settingsOf(rows, bank.id, now, settings);
					// Read beside the counts, not after them: three short index reads cost less than a round trip.
					const [counts, next] = await Promise.all([deckCounts(db, bank.id, now, own), nextDue(db, bank.id, now, own)]);
					const left = counts.new + counts.learning + counts.review;
					return { bank, counts, nextDue: left > 0 ? null : next, readAt: now };
				})
			);
			this.#error = null;
		} catch (error) {
			this.#error = `Your decks could not be read: ${message(error)}`;
		}
		this.#loaded = true;
	}

	/** Keeps the counts true while other tabs study; returns a function that stops listening. */
	watch(): () => void {
		const channel = new DeckChannel();
		channel.listen(() => void this.refresh());
		return () => channel.close();
	}
}
