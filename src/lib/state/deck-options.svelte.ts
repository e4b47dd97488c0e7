import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { DeckOptions } from '$lib/srs/deck-options-read';
import type { deckOptionsSchema as DeckOptionsSchema } from '$lib/srs/deck-options';
import { NEW_CARD_ORDER_NAMES, type NewCardOrder } from '$lib/srs/new-order';
import { SETTING_NAMES, type SrsSettings } from '$lib/srs/settings-read';

/** A limit of the deck's own: a whole number, or null to follow the learner's setting. */
export type DeckLimitField = 'newPerDay' | 'reviewsPerDay';

/** The deck options form as typed: an empty box or "as in Settings" follows the learner's settings. */
export interface DeckOptionsDraft {
	newPerDay: number | null;
	reviewsPerDay: number | null;
	newCardOrder: NewCardOrder | 'settings';
}

export const DECK_LIMIT_FIELDS: readonly { field: DeckLimitField; label: string }[] = [
	{ field: 'newPerDay', label: 'New cards per day' },
	{ field: 'reviewsPerDay', label: 'Reviews per day (at most)' }
];

/** One option as typed: the value to save (undefined: follow the settings), or why it cannot be. */
function checkOption<K extends keyof DeckOptions>(
	deckOptionsSchema: typeof DeckOptionsSchema,
	key: K,
	typed: DeckOptions[K] | null | 'settings'
): { ok: true; value: DeckOptions[K] } | { ok: false; problem: string } {
	if (typed === null || typed === 'settings') return { ok: true, value: undefined };
	if (typeof typed === 'number' && Number.isNaN(typed))
		return { ok: false, problem: `${SETTING_NAMES[key]} is not a number: enter a whole number, or leave it empty to follow Settings.` };
	const parsed = deckOptionsSchema.shape[key].safeParse(typed);
	if (parsed.success) return { ok: true, value: parsed.data as DeckOptions[K] };
	return { ok: false, problem: `${SETTING_NAMES[key]} ${parsed.error.issues[0]?.message ?? 'is not valid'}, not ${String(typed)}.` };
}

/**
 * A deck's own options: its daily limits and new-card order, each either its own value or the
 * learner's setting. Saved only when every value is valid.
 */
export class DeckOptionsState {
	#options = $state.raw<DeckOptions>({});
	#damaged = $state.raw<string[]>([]);
	#problems = $state.raw<Partial<Record<keyof DeckOptions, string>>>({});
	#failure = $state<string | null>(null);
	#saved = $state(false);

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		readonly settings: SrsSettings,
		stored: { options: DeckOptions; damaged: string[] },
		private readonly onSaved: () => void
	) {
		this.#options = stored.options;
		this.#damaged = stored.damaged;
	}

	get draft(): DeckOptionsDraft {
		const o = this.#options;
		return { newPerDay: o.newPerDay ?? null, reviewsPerDay: o.reviewsPerDay ?? null, newCardOrder: o.newCardOrder ?? 'settings' };
	}
	/** What the deck follows when an option is left to Settings, in words ("20", "In bank order"). */
	get inherited(): Record<keyof DeckOptions, string> {
		const s = this.settings;
		return { newPerDay: String(s.newPerDay), reviewsPerDay: String(s.reviewsPerDay), newCardOrder: NEW_CARD_ORDER_NAMES[s.newCardOrder] };
	}
	get problems(): Partial<Record<keyof DeckOptions, string>> {
		return this.#problems;
	}
	get failure(): string | null {
		return this.#failure;
	}
	get saved(): boolean {
		return this.#saved;
	}
	/** Stored options that were damaged and now follow Settings, one sentence each. */
	get notes(): string[] {
		return this.#damaged.map((name) => `The saved value of “${name}” for this deck was damaged, so the deck follows Settings for it. Save to keep that.`);
	}

	async save(draft: DeckOptionsDraft): Promise<boolean> {
		// The options' schema (zod) and its writer load on the first save, not with the deck page.
		const [{ deckOptionsSchema }, { putDeckOptions }] = await Promise.all([import('$lib/srs/deck-options'), import('$lib/db/deck-options')]);
		const checked = {
			newPerDay: checkOption(deckOptionsSchema, 'newPerDay', draft.newPerDay),
			reviewsPerDay: checkOption(deckOptionsSchema, 'reviewsPerDay', draft.reviewsPerDay),
			newCardOrder: checkOption(deckOptionsSchema, 'newCardOrder', draft.newCardOrder)
		};
		const problems: Partial<Record<keyof DeckOptions, string>> = {};
		const options: Record<string, unknown> = {};
		for (const [key, result] of Object.entries(checked)) {
			if (result.ok) options[key] = result.value;
			else problems[key as keyof DeckOptions] = result.problem;
		}
		this.#problems = problems;
		this.#failure = null;
		this.#saved = false;
		if (Object.keys(problems).length > 0) return false;
		try {
			this.#options = await putDeckOptions(this.db, this.bankId, deckOptionsSchema.parse(options));
			this.#damaged = [];
			this.#saved = true;
			this.onSaved();
			return true;
		} catch (error) {
			this.#failure = `The deck's options were not saved: ${storageFailureReason(error)}`;
			return false;
		}
	}
}
