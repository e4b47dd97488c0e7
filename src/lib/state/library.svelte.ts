import { formatProblem, parseBankJson } from '$lib/bank';
import {
	deckCounts,
	getSrsSettings,
	listBanks,
	saveBank,
	type BankRecord,
	type DeckCounts,
	type FactdeckDatabase,
	type SyncResult
} from '$lib/db';

export interface Deck {
	bank: BankRecord;
	counts: DeckCounts;
}

export type ImportOutcome = { ok: true; title: string; result: SyncResult } | { ok: false; problems: string[] };

/** The learner's decks with what is due in each, and importing a bank from a file. */
export class Library {
	#decks = $state<Deck[]>([]);
	#loaded = $state(false);

	constructor(private readonly db: FactdeckDatabase) {}

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

	/**
	 * Imports a bank file. It is validated whole first; only a valid bank is written, in one
	 * transaction, and a deck that already exists keeps all its progress.
	 */
	async importFile(file: File): Promise<ImportOutcome> {
		const text = await file.text();
		const parsed = parseBankJson(text, file.name);
		if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => formatProblem(file.name, p)) };
		const existing = this.#decks.find((d) => d.bank.id === parsed.bank.id);
		if (existing?.bank.builtIn) {
			return {
				ok: false,
				problems: [`${file.name}: -: id: "${parsed.bank.id}" is the id of a built-in deck; give the bank another id`]
			};
		}
		const result = await saveBank(this.db, parsed.bank, { builtIn: false }, new Date());
		await this.refresh();
		return { ok: true, title: parsed.bank.title, result };
	}
}
