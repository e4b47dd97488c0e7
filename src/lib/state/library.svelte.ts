import {
	deckCounts,
	getSrsSettings,
	listBanks,
	type BankRecord,
	type DeckCounts,
	type FactdeckDatabase
} from '$lib/db';
import { BankImport } from './bank-import.svelte';

export interface Deck {
	bank: BankRecord;
	counts: DeckCounts;
}

/** The learner's decks with what is due in each, and importing a bank from a file. */
export class Library {
	#decks = $state<Deck[]>([]);
	#loaded = $state(false);

	/** Importing bank files into this library; the list refreshes after each import. */
	readonly importer: BankImport;

	constructor(private readonly db: FactdeckDatabase) {
		this.importer = new BankImport(db, () => this.refresh());
	}

	get decks(): Deck[] {
		return this.#decks;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	async refresh(now = new Date()): Promise<void> {
		const settings = await getSrsSettings(this.db);
		const banks = await listBanks(this.db);
		this.#decks = await Promise.all(
			banks.map(async (bank) => ({ bank, counts: await deckCounts(this.db, bank.id, now, settings) }))
		);
		this.#loaded = true;
	}
}
