import { listBanks } from '$lib/db/bank-list';
import type { FactdeckDatabase } from '$lib/db/database';
import { getSrsSettings } from '$lib/db/settings-read';
import { readReviewDays, updateReviewDays } from '$lib/db/review-days';
import { readStatsCards } from '$lib/db/stats-reads';
import { computeAnswerStats, computeCardStats, historyStart, type AnswerStats, type CardStats } from '$lib/stats';

export interface DeckChoice {
	id: string;
	title: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The statistics page: the decks to choose from, the chosen deck (null: every deck), and its
 * figures: those of its cards and those of its answers, each read on its own and shown as soon
 * as it is ready. Each choice reads again; a read that finishes after a later choice is dropped,
 * so the figures shown are always those of the deck chosen last.
 */
export class StatsView {
	#db: FactdeckDatabase | null = null;
	#decks = $state.raw<DeckChoice[]>([]);
	#deckId = $state<string | null>(null);
	#cards = $state.raw<CardStats | null>(null);
	#answers = $state.raw<AnswerStats | null>(null);
	#counted = $state(0);
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
	/** Figures of the cards as they are now, once read. */
	get cards(): CardStats | null {
		return this.#cards;
	}
	/** Figures of the answers given, once counted. */
	get answers(): AnswerStats | null {
		return this.#answers;
	}
	/** Answers counted so far when the review log is counted into day summaries for the first time. */
	get counted(): number {
		return this.#counted;
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
		const current = () => asked === this.#asked;
		this.#loading = true;
		try {
			const { dayStartHour } = await getSrsSettings(db);
			// Answers first: their figures are a few hundred summary rows away, while the cards are
			// every card of the deck, whose read would hold up the database's other reads.
			await this.#countAnswers(db, dayStartHour, current);
			const days = await readReviewDays(db, deckId, historyStart(now, dayStartHour));
			if (current()) this.#answers = computeAnswerStats(days, now, dayStartHour);
			const cards = await readStatsCards(db, deckId);
			if (current()) this.#cards = computeCardStats(cards, now, dayStartHour);
			if (current()) this.#error = null;
		} catch (error) {
			if (current()) this.#error = `Your statistics could not be read: ${message(error)}`;
		}
		if (current()) this.#loading = false;
	}

	/** Brings the day summaries up to date, telling how far a long first count has come. */
	async #countAnswers(db: FactdeckDatabase, dayStartHour: number, current: () => boolean): Promise<void> {
		this.#counted = 0;
		await updateReviewDays(db, dayStartHour, (n) => {
			if (current()) this.#counted += n;
		});
	}
}
