import { SvelteSet } from 'svelte/reactivity';
import { browseDecks, browseList, browseRows, type BrowseRow } from '$lib/db/browse';
import { releaseBuried } from '$lib/db/burial';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import { getSrsSettings } from '$lib/db/settings-read';
import { DEFAULT_QUERY, type BrowseQuery } from '$lib/browse/query';
import { dayEnd, dayStart } from '$lib/srs/day';
import type { CardAction } from './card-actions';
import { CardEditor } from './card-editor.svelte';

type Storage = { ready(): Promise<FactdeckDatabase> };

/** Rows read per page when the list scrolls: a screenful and some. */
const PAGE = 40;

/** The rows of one page of the list, by their position in it. */
async function pageRows(db: FactdeckDatabase, ids: readonly string[], page: number): Promise<Map<number, BrowseRow>> {
	const slice = ids.slice(page * PAGE, (page + 1) * PAGE);
	const byId = new Map((await browseRows(db, slice)).map((r) => [r.card.id, r]));
	const rows = new Map<number, BrowseRow>();
	slice.forEach((id, i) => {
		const row = byId.get(id);
		if (row) rows.set(page * PAGE + i, row);
	});
	return rows;
}

/**
 * Browse: the query, the ids of the cards it selects (in order), the rows read so far for the
 * part of the list on screen, and the selection. A query answered after a later one is dropped,
 * so the list always shows the query typed last.
 */
export class BrowseView {
	#db: FactdeckDatabase | null = null;
	#query = $state.raw<BrowseQuery>(DEFAULT_QUERY);
	#ids = $state.raw<string[]>([]);
	#rows = $state.raw<Map<number, BrowseRow>>(new Map());
	#choices = $state.raw<{ decks: { id: string; title: string }[]; tags: string[] }>({ decks: [], tags: [] });
	#error = $state<string | null>(null);
	#status = $state<string | null>(null);
	#loading = $state(true);
	/** Bumped by each new list, so that the list on screen starts again from its top. */
	#generation = $state(0);
	#editor = $state.raw<CardEditor | null>(null);
	#asked = 0;
	#pages = new Set<number>();
	readonly selected = new SvelteSet<string>();

	constructor(private readonly clock: () => Date = () => new Date()) {}

	static open(storage: Storage, clock?: () => Date): BrowseView {
		const view = new BrowseView(clock);
		void view.#open(storage);
		return view;
	}

	get query(): BrowseQuery {
		return this.#query;
	}
	get count(): number {
		return this.#ids.length;
	}
	get generation(): number {
		return this.#generation;
	}
	get choices() {
		return this.#choices;
	}
	get error(): string | null {
		return this.#error;
	}
	/** What the last action did, in words (read out by a live region). */
	get status(): string | null {
		return this.#status;
	}
	get loading(): boolean {
		return this.#loading;
	}
	/** The card being edited, or null while the list is shown. */
	get editor(): CardEditor | null {
		return this.#editor;
	}
	/** The row at a position of the list, once read. */
	rowAt(index: number): BrowseRow | undefined {
		return this.#rows.get(index);
	}
	/** A row of the list by card id, if read. */
	rowOf(id: string): BrowseRow | undefined {
		for (const row of this.#rows.values()) if (row.card.id === id) return row;
		return undefined;
	}

	async #open(storage: Storage): Promise<void> {
		try {
			this.#db = await storage.ready();
		} catch {
			this.#loading = false;
			return;
		}
		await this.refresh();
	}

	/** Changes the query (some of its fields) and lists again. */
	async change(patch: Partial<BrowseQuery>): Promise<void> {
		this.#query = { ...this.#query, ...patch };
		await this.refresh();
	}

	/** Reads the ids of the query again and forgets the rows read; the selection keeps the cards still listed. */
	async refresh(): Promise<void> {
		const db = this.#db;
		if (!db) return;
		const asked = ++this.#asked;
		this.#loading = true;
		try {
			const now = this.clock();
			// Cards buried on an earlier day are back in study: listed as such, not as buried.
			const [{ dayStartHour }] = await Promise.all([getSrsSettings(db), releaseBuried(db, now)]);
			const [{ ids, tags }, decks] = await Promise.all([
				browseList(db, this.#query, dayStart(now, dayStartHour).getTime(), dayEnd(now, dayStartHour).getTime()),
				browseDecks(db)
			]);
			if (asked !== this.#asked) return;
			// The first page is read before the list is shown, so its first rows come with it.
			const first = await pageRows(db, ids, 0);
			if (asked !== this.#asked) return;
			const listed = new Set(ids);
			for (const id of this.selected) if (!listed.has(id)) this.selected.delete(id);
			this.#ids = ids;
			this.#choices = { decks, tags };
			this.#rows = first;
			this.#pages = new Set([0]);
			this.#generation++;
			this.#error = null;
		} catch (error) {
			if (asked === this.#asked) this.#error = `The cards could not be read: ${storageFailureReason(error)}`;
		} finally {
			if (asked === this.#asked) this.#loading = false;
		}
	}

	/** Makes sure the rows from `start` to `end` (exclusive) are read, a page at a time. */
	async show(start: number, end: number): Promise<void> {
		const db = this.#db;
		if (!db) return;
		const generation = this.#generation;
		const ids = this.#ids;
		for (let page = Math.floor(start / PAGE); page * PAGE < Math.min(end, ids.length); page++) {
			if (this.#pages.has(page)) continue;
			this.#pages.add(page);
			try {
				const rows = await pageRows(db, ids, page);
				if (generation !== this.#generation) return;
				this.#rows = new Map([...this.#rows, ...rows]);
			} catch (error) {
				this.#pages.delete(page);
				this.#error = `The cards could not be read: ${storageFailureReason(error)}`;
			}
		}
	}

	/** Opens the edit form of a card on the list. */
	edit(id: string): void {
		const row = this.rowOf(id);
		if (this.#db && row) this.#editor = new CardEditor(this.#db, id, row.question);
	}

	/** Closes the edit form; after a save, says so and lists again (the text may match otherwise now). */
	async closeEditor(saved: boolean): Promise<void> {
		this.#editor = null;
		if (!saved) return;
		this.#status = 'Card saved. Its schedule and past answers are kept.';
		await this.refresh();
	}

	toggle(id: string): void {
		if (this.selected.has(id)) this.selected.delete(id);
		else this.selected.add(id);
	}

	/** Selects every card the query lists (or none, when all are selected). */
	selectAll(): void {
		if (this.selected.size === this.#ids.length) this.selected.clear();
		else for (const id of this.#ids) this.selected.add(id);
	}

	/** Runs an action on `ids` (default: the selection), says what it did, and lists again. */
	async act(action: CardAction, ids: readonly string[] = [...this.selected]): Promise<boolean> {
		const db = this.#db;
		if (!db || ids.length === 0) return false;
		try {
			// The actions load with the first one run: Reset makes new schedules with ts-fsrs,
			// which Browse does not need to draw.
			const { runCardAction } = await import('./card-actions');
			this.#status = await runCardAction(db, action, ids, this.clock());
			this.#error = null;
		} catch (error) {
			this.#error = `That could not be done: ${storageFailureReason(error)}`;
			return false;
		}
		if (action.kind === 'delete') for (const id of ids) this.selected.delete(id);
		await this.refresh();
		return true;
	}
}
