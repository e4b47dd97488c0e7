import { loadSrsSettings, putSrsSettings, storageFailureReason, type FactdeckDatabase } from '$lib/db';
import { DEFAULT_SRS_SETTINGS, SETTING_NAMES, srsSettingsSchema, type SrsSettings } from '$lib/srs';

/** The settings the form edits. */
export type SettingsField = 'newPerDay' | 'desiredRetention' | 'dayStartHour';

/** The form as typed: a number per box, or null for a box left empty. */
export type SettingsDraft = Record<SettingsField, number | null>;

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
	{
		field: 'desiredRetention',
		label: 'Desired retention (%)',
		min: 70,
		max: 99,
		hint: 'How likely you want to be to remember a card when it comes back. Higher means more reviews.'
	},
	{ field: 'dayStartHour', label: 'Next day starts at (hour, 0–23)', min: 0, max: 23 }
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

/**
 * The learner's scheduling settings. Loaded field by field (a damaged stored field is named
 * and replaced by its default; the rest are kept); saved only when every field is valid.
 */
export class SettingsState {
	#saved = $state<SrsSettings>(DEFAULT_SRS_SETTINGS);
	#damaged = $state<(keyof SrsSettings)[]>([]);
	#problems = $state<Partial<Record<SettingsField, string>>>({});
	#failure = $state<string | null>(null);

	constructor(private readonly db: FactdeckDatabase) {}

	/** The saved settings as the form shows them. */
	get draft(): SettingsDraft {
		const shown = (field: SettingsField) => toShown(field, this.#saved[field]);
		return { newPerDay: shown('newPerDay'), desiredRetention: shown('desiredRetention'), dayStartHour: shown('dayStartHour') };
	}
	/** Why each field of the last attempt to save could not be saved. */
	get problems(): Partial<Record<SettingsField, string>> {
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
		const { settings, damaged } = await loadSrsSettings(this.db);
		this.#saved = settings;
		this.#damaged = damaged;
	}

	/** Saves the form when every field is valid; returns false and says why when not. */
	async save(draft: SettingsDraft): Promise<boolean> {
		const problems: Partial<Record<SettingsField, string>> = {};
		const changes: Partial<SrsSettings> = {};
		for (const spec of SETTINGS_FIELDS) {
			const checked = checkField(spec, draft[spec.field]);
			if (checked.ok) changes[spec.field] = checked.value;
			else problems[spec.field] = checked.problem;
		}
		this.#problems = problems;
		this.#failure = null;
		if (Object.keys(problems).length > 0) return false;
		try {
			this.#saved = await putSrsSettings(this.db, srsSettingsSchema.parse({ ...this.#saved, ...changes }));
			this.#damaged = [];
			return true;
		} catch (error) {
			this.#failure = `Your settings were not saved: ${storageFailureReason(error)}`;
			return false;
		}
	}
}
