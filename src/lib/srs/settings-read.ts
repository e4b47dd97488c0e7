import type { StepUnit } from 'ts-fsrs';
import { SrsError } from './errors';
import { NEW_CARD_ORDERS, type NewCardOrder } from './new-order';

// The settings and how stored ones are read, without zod (see SETTING_CHECKS).

/** The learner's scheduling settings; defaults are Anki's. */
export interface SrsSettings {
	/** Probability of recall FSRS aims for when a card comes back (0.7 to 0.99). */
	desiredRetention: number;
	/** Steps of a new card before it graduates, like "1m", "10m", "1h", "1d". */
	learningSteps: string[];
	/** Steps of a forgotten review card before it returns to review. */
	relearningSteps: string[];
	/** Longest interval in days. */
	maximumInterval: number;
	/** Spreads intervals a little so cards learnt together do not stay together. */
	enableFuzz: boolean;
	/** Local hour at which one study day ends and the next begins (Anki: 4). */
	dayStartHour: number;
	/** New cards introduced per day. */
	newPerDay: number;
	/** Review cards shown per day at most (Anki's maximum reviews/day); learning cards are not counted. */
	reviewsPerDay: number;
	/** Whether new cards come in the bank's order or in a random order (stable for a day). */
	newCardOrder: NewCardOrder;
	/** When nothing else is left, learning cards due within this many minutes are shown early. */
	learnAheadMinutes: number;
	/**
	 * Review cards due this many days after today are studied today too: Anki's "review ahead",
	 * set for one day by Study more, 0 otherwise.
	 */
	reviewAheadDays: number;
	/** A card forgotten this many times is a leech: tagged "leech" and suspended (Anki: 8). */
	leechThreshold: number;
	/**
	 * FSRS's 21 parameters fitted to the learner's own answers (Optimise in Settings), or null
	 * for FSRS's defaults.
	 */
	parameters: number[] | null;
}

export const DEFAULT_SRS_SETTINGS: SrsSettings = Object.freeze({
	desiredRetention: 0.9,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumInterval: 36500,
	enableFuzz: true,
	dayStartHour: 4,
	newPerDay: 20,
	reviewsPerDay: 200,
	newCardOrder: 'bank',
	learnAheadMinutes: 20,
	reviewAheadDays: 0,
	leechThreshold: 8,
	parameters: null
});

/** FSRS-6, which ts-fsrs 5 runs and fsrs-browser fits, has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;

/** A whole number of minutes, hours or days: ts-fsrs reads the number with `parseInt`. */
export const STEP = /^[1-9]\d*[mhd]$/;

function isStep(step: string): step is StepUnit {
	return STEP.test(step);
}

/** What the learner calls each setting, for messages about it. */
export const SETTING_NAMES: Readonly<Record<keyof SrsSettings, string>> = Object.freeze({
	desiredRetention: 'Desired retention',
	learningSteps: 'Learning steps',
	relearningSteps: 'Relearning steps',
	maximumInterval: 'Longest interval',
	enableFuzz: 'Spread intervals',
	dayStartHour: 'Next day starts at',
	newPerDay: 'New cards per day',
	reviewsPerDay: 'Reviews per day',
	newCardOrder: 'New card order',
	learnAheadMinutes: 'Learn ahead',
	reviewAheadDays: 'Review ahead',
	leechThreshold: 'Leech threshold',
	parameters: 'Fitted schedule'
});

/** A stored or typed value of one setting, checked; `ok: false` when it cannot be used. */
type Checked<T> = { ok: true; value: T } | { ok: false };

const no = { ok: false } as const;
const yes = <T>(value: T): Checked<T> => ({ ok: true, value });
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const inRange = (min: number, max: number) => (v: unknown) => (isNumber(v) && v >= min && v <= max ? yes(v) : no);
const wholeIn = (min: number, max: number) => (v: unknown) => (isNumber(v) && Number.isSafeInteger(v) && v >= min && v <= max ? yes(v) : no);

function stepsOf(v: unknown): Checked<string[]> {
	if (!Array.isArray(v) || v.length > 20) return no;
	const list = v.map((step) => (typeof step === 'string' ? step.trim() : null));
	return list.every((step) => step !== null && STEP.test(step)) ? yes(list as string[]) : no;
}

/**
 * Each setting's check, without zod: Home reads the settings on its first load, and zod is
 * a quarter of its JavaScript. `srsSettingsSchema` (settings.ts) says the same for forms and
 * imports, with messages; a property test holds the two to the same verdicts.
 */
export const SETTING_CHECKS: { readonly [K in keyof SrsSettings]: (value: unknown) => Checked<SrsSettings[K]> } = {
	desiredRetention: inRange(0.7, 0.99),
	learningSteps: stepsOf,
	relearningSteps: stepsOf,
	maximumInterval: wholeIn(1, 36500),
	enableFuzz: (v) => (typeof v === 'boolean' ? yes(v) : no),
	dayStartHour: wholeIn(0, 23),
	newPerDay: wholeIn(0, 9999),
	reviewsPerDay: wholeIn(0, 9999),
	newCardOrder: (v) => (NEW_CARD_ORDERS.find((order) => order === v) !== undefined ? yes(v as NewCardOrder) : no),
	learnAheadMinutes: wholeIn(0, 1440),
	reviewAheadDays: wholeIn(0, 365),
	leechThreshold: wholeIn(1, 99),
	parameters: (v) => (v === null ? yes(null) : Array.isArray(v) && v.length === FSRS_PARAMETER_COUNT && v.every(isNumber) ? yes([...v]) : no)
};

const KEYS = Object.keys(DEFAULT_SRS_SETTINGS) as (keyof SrsSettings)[];

/**
 * Reads stored settings one field at a time: a field that is missing (an older version) or
 * damaged takes its default, and every other field keeps its stored value. `damaged` names
 * the fields that held something unusable.
 */
export function readSettings(stored: unknown): { settings: SrsSettings; damaged: (keyof SrsSettings)[] } {
	const row: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
	const damaged: (keyof SrsSettings)[] = [];
	const settings: Record<string, unknown> = {};
	for (const key of KEYS) {
		const field = row[key] === undefined ? null : SETTING_CHECKS[key](row[key]);
		if (field && !field.ok) damaged.push(key);
		settings[key] = field?.ok ? field.value : DEFAULT_SRS_SETTINGS[key];
	}
	return { settings: settings as unknown as SrsSettings, damaged };
}

/** Steps in ts-fsrs' type; throws SrsError for a step the schema would have rejected. */
export function toSteps(list: readonly string[]): StepUnit[] {
	return list.map((step) => {
		if (!isStep(step)) throw new SrsError(`Invalid learning step "${step}": use a whole number of minutes, hours or days, like "10m".`);
		return step;
	});
}
