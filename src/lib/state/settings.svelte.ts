import type { FactdeckDatabase } from '$lib/db/database';
import { loadSrsSettings } from '$lib/db/settings-read';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { NewCardOrder } from '$lib/srs/new-order';
import { SETTING_CHECKS, SETTING_NAMES, STEP, type SrsSettings } from '$lib/srs/settings-read';

/** The number settings the form edits. */
export type SettingsField = 'newPerDay' | 'reviewsPerDay' | 'desiredRetention' | 'dayStartHour' | 'leechThreshold';
/** The step settings the form edits, typed as steps apart by spaces ("1m 10m"). */
export type StepsField = 'learningSteps' | 'relearningSteps';

/** The form as typed: a number per number box (null for one left empty), the steps as text, the order chosen. */
export type SettingsDraft = Record<SettingsField, number | null> & Record<StepsField, string> & { newCardOrder: NewCardOrder };

export const STEP_FIELDS: readonly { field: StepsField; label: string; hint: string }[] = [
	{
		field: 'learningSteps',
		label: 'Learning steps',
		hint: 'When a new card comes back while you learn it: minutes (m), hours (h) or days (d), apart by spaces, like “1m 10m”.'
	},
	{ field: 'relearningSteps', label: 'Relearning steps', hint: 'The same for a card you forgot, like “10m”.' }
];

/** A box of the settings form: whole numbers from `min` to `max`, as the form shows them. */
export interface SettingsFieldSpec {
	field: SettingsField;
	label: string;
	min: number;
	max: number;
	hint?: string;
}

export const SETTINGS_FIELDS: readonly SettingsFieldSpec[] = [
	{ field: 'newPerDay', label: 'New cards per day', min: 0, max: 9999 },
	{ field: 'reviewsPerDay', label: 'Reviews per day (at most)', min: 0, max: 9999 },
	{
		field: 'desiredRetention',
		label: 'Desired retention (%)',
		min: 70,
		max: 99,
		hint: 'How likely you want to be to remember a card when it comes back. Higher means more reviews.'
	},
	{ field: 'dayStartHour', label: 'Next day starts at (hour, 0–23)', min: 0, max: 23 },
	{
		field: 'leechThreshold',
		label: 'Leech after this many lapses',
		min: 1,
		max: 99,
		hint: 'A card you forget this many times is tagged “leech” and suspended, as in Anki. Find leeches in Browse.'
	}
];

// The form shows retention as a percentage; the settings hold a fraction.
const toSetting = (field: SettingsField, shown: number) => (field === 'desiredRetention' ? shown / 100 : shown);
const toShown = (field: SettingsField, value: number) => (field === 'desiredRetention' ? Math.round(value * 100) : value);

/** The setting a typed value stands for, or why it cannot be saved. */
function checkField({ field, min, max }: SettingsFieldSpec, shown: number | null): { ok: true; value: number } | { ok: false; problem: string } {
	const range = `a whole number from ${min} to ${max}`;
	if (shown === null || Number.isNaN(shown)) return { ok: false, problem: `${SETTING_NAMES[field]} is empty or not a number: enter ${range}.` };
	if (!Number.isInteger(shown) || shown < min || shown > max) {
		return { ok: false, problem: `${SETTING_NAMES[field]} must be ${range}, not ${shown}.` };
	}
	return { ok: true, value: toSetting(field, shown) };
}

/** Steps as typed ("1m, 10m") as a list, or why they cannot be saved. */
function checkSteps(field: StepsField, typed: string): { ok: true; value: string[] } | { ok: false; problem: string } {
	const list = typed.split(/[\s,]+/).filter((step) => step !== '');
	const bad = list.find((step) => !STEP.test(step));
	if (bad !== undefined) {
		return { ok: false, problem: `${SETTING_NAMES[field]}: “${bad}” is not a step. Use a whole number of minutes, hours or days, like 1m, 10m, 1h or 1d.` };
	}
	if (list.length > 20) return { ok: false, problem: `${SETTING_NAMES[field]}: at most 20 steps, not ${list.length}.` };
	return { ok: true, value: list };
}

/**
 * The learner's scheduling settings. Loaded field by field (a damaged stored field is named
 * and replaced by its default; the rest are kept); saved only when every field is valid. Until
 * they are read the draft is null, so the page can draw the form, waiting, before storage opens.
 */
export class SettingsState {
	#saved = $state<SrsSettings | null>(null);
	#damaged = $state<(keyof SrsSettings)[]>([]);
	#problems = $state<Partial<Record<SettingsField | StepsField | 'newCardOrder', string>>>({});
	#failure = $state<string | null>(null);
	#readFailure = $state<string | null>(null);

	constructor(private readonly openDb: () => Promise<FactdeckDatabase>) {}

	/** The saved settings as the form shows them; null until they are read. */
	get draft(): SettingsDraft | null {
		const saved = this.#saved;
		if (!saved) return null;
		const shown = (field: SettingsField) => toShown(field, saved[field]);
		return {
			newPerDay: shown('newPerDay'),
			reviewsPerDay: shown('reviewsPerDay'),
			desiredRetention: shown('desiredRetention'),
			dayStartHour: shown('dayStartHour'),
			leechThreshold: shown('leechThreshold'),
			learningSteps: saved.learningSteps.join(' '),
			relearningSteps: saved.relearningSteps.join(' '),
			newCardOrder: saved.newCardOrder
		};
	}
	/** Why the settings could not be read at all. */
	get readFailure(): string | null {
		return this.#readFailure;
	}
	/** Why each field of the last attempt to save could not be saved. */
	get problems(): Partial<Record<SettingsField | StepsField | 'newCardOrder', string>> {
		return this.#problems;
	}
	/** Why the last save failed though every field was valid (the browser refused the write). */
	get failure(): string | null {
		return this.#failure;
	}
	/** Stored settings that were damaged and are back to their defaults, one sentence each. */
	get notes(): string[] {
		return this.#damaged.map(
			(key) => `The saved value of “${SETTING_NAMES[key]}” was damaged, so it is back to its default. Save to keep the default; your other settings are kept.`
		);
	}

	async load(): Promise<void> {
		try {
			const { settings, damaged } = await loadSrsSettings(await this.openDb());
			this.#saved = settings;
			this.#damaged = damaged;
		} catch (error) {
			this.#readFailure = `Your settings could not be read: ${storageFailureReason(error)}`;
		}
	}

	/** Saves the form when every field is valid; returns false and says why when not. */
	async save(draft: SettingsDraft): Promise<boolean> {
		const problems: Partial<Record<SettingsField | StepsField | 'newCardOrder', string>> = {};
		const changes: Partial<SrsSettings> = {};
		for (const spec of SETTINGS_FIELDS) {
			const checked = checkField(spec, draft[spec.field]);
			if (checked.ok) changes[spec.field] = checked.value;
			else problems[spec.field] = checked.problem;
		}
		for (const { field } of STEP_FIELDS) {
			const checked = checkSteps(field, draft[field]);
			if (checked.ok) changes[field] = checked.value;
			else problems[field] = checked.problem;
		}
		const order = SETTING_CHECKS.newCardOrder(draft.newCardOrder);
		if (order.ok) changes.newCardOrder = order.value;
		else problems.newCardOrder = `${SETTING_NAMES.newCardOrder} must be "bank" (bank order) or "random" (random order).`;
		this.#problems = problems;
		this.#failure = null;
		if (Object.keys(problems).length > 0 || !this.#saved) return false;
		try {
			// The writer checks the whole record with the settings schema (zod): it loads on the
			// first save, not with the page.
			const { updateSrsSettings } = await import('$lib/db/settings');
			this.#saved = await updateSrsSettings(await this.openDb(), changes);
			this.#damaged = [];
			return true;
		} catch (error) {
			this.#failure = `Your settings were not saved: ${storageFailureReason(error)}`;
			return false;
		}
	}
}
