import { listBanks } from '$lib/db/bank-list';
import type { FactdeckDatabase } from '$lib/db/database';
import { getSrsSettings } from '$lib/db/settings';
import { readStatsRows } from '$lib/db/stats-reads';
import { computeStats, historyStart, type Stats } from '$lib/stats';

export interface DeckChoice {
	id: string;
	title: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The statistics page: the decks to choose from, the chosen deck (null: every deck), and its
 * figures. Each choice reads again; a read that finishes after a later choice is dropped, so
 * the figures shown are always those of the deck chosen last.
 */
export class StatsView {
	#db: FactdeckDatabase | null = null;
	#decks = $state.raw<DeckChoice[]>([]);
	#deckId = $state<string | null>(null);
	#stats = $state.raw<Stats | null>(null);
	#error = $state<string | null>(null);
	#loading = $state(true);
	#asked = 0;

	static open(storage: { ready(): Promise<FactdeckDatabase> }, deckId: string | null): StatsView {
		const view = new StatsView();
		view.#deckId = deckId;
		void view.#load(storage);
		return view;
	}

	get decks(): DeckChoice[] {
		return this.#decks;
	}
	/** The deck shown, or null for every deck. */
	get deckId(): string | null {
		return this.#deckId;
	}
	get stats(): Stats | null {
		return this.#stats;
	}
	/** Why the figures could not be read, in words for the learner. */
	get error(): string | null {
		return this.#error;
	}
	get loading(): boolean {
		return this.#loading;
	}

	async #load(storage: { ready(): Promise<FactdeckDatabase> }): Promise<void> {
		try {
			this.#db = await storage.ready();
		} catch {
			this.#loading = false;
			return;
		}
		try {
			this.#decks = (await listBanks(this.#db)).map((bank) => ({ id: bank.id, title: bank.title }));
		} catch (error) {
			this.#error = `Your decks could not be read: ${message(error)}`;
		}
		if (this.#deckId !== null && !this.#decks.some((d) => d.id === this.#deckId)) this.#deckId = null;
		await this.refresh();
	}

	/** Shows one deck, or every deck with null. */
	choose(deckId: string | null): Promise<void> {
		this.#deckId = deckId;
		return this.refresh();
	}

	/** Reads and computes the figures of the chosen deck at `now`; a failure is kept as `error`. */
	async refresh(now = Date.now()): Promise<void> {
		const db = this.#db;
		if (!db) return;
		const asked = ++this.#asked;
		const deckId = this.#deckId;
		this.#loading = true;
		try {
			const { dayStartHour } = await getSrsSettings(db);
			const rows = await readStatsRows(db, deckId, historyStart(now, dayStartHour));
			const stats = computeStats(rows.cards, rows.reviews, now, dayStartHour);
			if (asked !== this.#asked) return;
			this.#stats = stats;
			this.#error = null;
		} catch (error) {
			if (asked !== this.#asked) return;
			this.#error = `Your statistics could not be read: ${message(error)}`;
		}
		this.#loading = false;
	}
}
