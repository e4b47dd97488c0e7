import type { FactdeckDatabase } from '$lib/db/database';
import { getBank } from '$lib/db/bank-list';
import { assignmentsUsing, deleteDeck, type AssignmentUse } from '$lib/db/deck-delete';
import { setDeckHidden, hiddenDeckIds } from '$lib/db/deck-hidden';
import { checkTitle, deckSize, renameDeck, type DeckSize } from '$lib/db/deck-manage';
import type { BankRecord } from '$lib/db/records';
import { getSrsSettings } from '$lib/db/settings-read';
import { storageFailureReason } from '$lib/db/storage-failure';
import { loadDeckOptions } from '$lib/db/deck-options-read';
import type { DeckOptions } from '$lib/srs/deck-options-read';
import type { SrsSettings } from '$lib/srs/settings-read';
import { announceDeck } from './deck-channel';
import { deckUndo } from './deck-undo.svelte';
import { DeckOptionsState } from './deck-options.svelte';

/** Something done to the deck, said back to the learner. */
export type DeckNotice = { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * One deck's screen: rename, reset, hide or show, delete (with Undo on Home) and its own
 * options. Every change is one transaction and is told to the other tabs.
 */
export class DeckManager {
	#bank = $state.raw<BankRecord>();
	#size = $state.raw<DeckSize>({ cards: 0, reviews: 0 });
	#hidden = $state(false);
	#usedBy = $state.raw<AssignmentUse[]>([]);
	#notice = $state.raw<DeckNotice | null>(null);
	#renameProblem = $state<string | null>(null);
	#busy = $state(false);
	readonly options: DeckOptionsState;

	private constructor(
		private readonly db: FactdeckDatabase,
		bank: BankRecord,
		settings: SrsSettings,
		options: { options: DeckOptions; damaged: string[] },
		private readonly clock: () => Date
	) {
		this.#bank = bank;
		this.options = new DeckOptionsState(db, bank.id, settings, options, () => announceDeck(bank.id));
	}

	/** The deck's screen, or null when no deck of this id is stored. */
	static async open(db: FactdeckDatabase, bankId: string, clock: () => Date = () => new Date()): Promise<DeckManager | null> {
		const bank = await getBank(db, bankId);
		if (!bank) return null;
		const [settings, options] = await Promise.all([getSrsSettings(db), loadDeckOptions(db, bankId)]);
		const manager = new DeckManager(db, bank, settings, options, clock);
		await manager.#read();
		return manager;
	}

	get bank(): BankRecord {
		return this.#bank as BankRecord;
	}
	get size(): DeckSize {
		return this.#size;
	}
	get hidden(): boolean {
		return this.#hidden;
	}
	/** The assignments that pick questions from this deck: while there are any, it is not deleted. */
	get usedBy(): AssignmentUse[] {
		return this.#usedBy;
	}
	get notice(): DeckNotice | null {
		return this.#notice;
	}
	/** Why the name typed last could not be saved. */
	get renameProblem(): string | null {
		return this.#renameProblem;
	}
	get busy(): boolean {
		return this.#busy;
	}

	async #read(): Promise<void> {
		const [size, hidden, usedBy] = await Promise.all([deckSize(this.db, this.bank.id), hiddenDeckIds(this.db), assignmentsUsing(this.db, this.bank.id)]);
		this.#size = size;
		this.#hidden = hidden.has(this.bank.id);
		this.#usedBy = usedBy;
	}

	/** Runs one change; says what it did or why it failed, and tells the other tabs. */
	async #change(failed: string, work: () => Promise<string>): Promise<boolean> {
		this.#busy = true;
		try {
			const text = await work();
			await this.#read();
			this.#notice = { kind: 'done', text };
			announceDeck(this.bank.id);
			return true;
		} catch (error) {
			this.#notice = { kind: 'failed', text: `${failed}: ${storageFailureReason(error)}` };
			return false;
		} finally {
			this.#busy = false;
		}
	}

	async rename(typed: string): Promise<boolean> {
		const checked = checkTitle(typed);
		this.#renameProblem = checked.ok ? null : checked.problem;
		if (!checked.ok) return false;
		return this.#change('The deck was not renamed', async () => {
			this.#bank = await renameDeck(this.db, this.bank.id, typed, this.clock());
			return `Renamed to “${this.bank.title}”.`;
		});
	}

	/** Every card new again; the review log is kept. */
	async reset(): Promise<boolean> {
		return this.#change('The progress was not reset', async () => {
			// New schedules come from ts-fsrs: it loads when a deck is reset, not with its page.
			const { resetDeck } = await import('$lib/db/deck-reset');
			const cards = await resetDeck(this.db, this.bank.id, this.clock());
			return `All ${cards} cards are new again. Your past answers are kept in the statistics.`;
		});
	}

	async setHidden(hidden: boolean): Promise<boolean> {
		return this.#change(hidden ? 'The deck was not hidden' : 'The deck was not shown again', async () => {
			await setDeckHidden(this.db, this.bank.id, hidden);
			return hidden ? 'Hidden from your decks. Show it again here or in Settings.' : 'Shown on your decks again.';
		});
	}

	/** Deletes the deck and offers Undo (on Home); false when it could not be deleted (see notice). */
	async delete(): Promise<boolean> {
		this.#busy = true;
		try {
			const deleted = await deleteDeck(this.db, this.bank.id);
			deckUndo.offer(this.db, deleted);
			announceDeck(this.bank.id);
			return true;
		} catch (error) {
			this.#notice = { kind: 'failed', text: `The deck was not deleted: ${storageFailureReason(error)}` };
			return false;
		} finally {
			this.#busy = false;
		}
	}
}
