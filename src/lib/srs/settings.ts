import type { StepUnit } from 'ts-fsrs';
import { z } from 'zod';
import { SrsError } from './errors';
import { NEW_CARD_ORDERS, type NewCardOrder } from './new-order';

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
	parameters: null
});

/** FSRS-6, which ts-fsrs 5 runs and fsrs-browser fits, has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;

/** A whole number of minutes, hours or days: ts-fsrs reads the number with `parseInt`. */
const STEP = /^[1-9]\d*[mhd]$/;

function isStep(step: string): step is StepUnit {
	return STEP.test(step);
}

const steps = z
	.array(z.string().trim().regex(STEP, 'must be a whole number of minutes, hours or days, like "1m", "10m", "1h" or "1d"'))
	.max(20, 'allows at most 20 steps');

const whole = (min: number, max: number) => z.number().int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/** Validates settings from storage or a form; unknown keys are dropped. */
export const srsSettingsSchema = z.object({
	desiredRetention: z.number().min(0.7, 'must be at least 0.7').max(0.99, 'must be at most 0.99'),
	learningSteps: steps,
	relearningSteps: steps,
	maximumInterval: whole(1, 36500),
	enableFuzz: z.boolean(),
	dayStartHour: whole(0, 23),
	newPerDay: whole(0, 9999),
	reviewsPerDay: whole(0, 9999),
	newCardOrder: z.enum(NEW_CARD_ORDERS, 'must be "bank" (bank order) or "random" (random order)'),
	learnAheadMinutes: whole(0, 1440),
	reviewAheadDays: whole(0, 365),
	parameters: z.array(z.number().finite('must be a finite number')).length(FSRS_PARAMETER_COUNT, `must be ${FSRS_PARAMETER_COUNT} numbers`).nullable()
}) satisfies z.ZodType<SrsSettings>;

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
	parameters: 'Fitted schedule'
});

const KEYS = Object.keys(DEFAULT_SRS_SETTINGS) as (keyof SrsSettings)[];

/**
 * Reads stored settings one field at a time: a field that is missing (an older version) or
 * damaged takes its default, and every other field keeps its stored value. `damaged` names
 * the fields that held something unusable.
 */
export function readSettings(stored: unknown): { settings: SrsSettings; damaged: (keyof SrsSettings)[] } {
	const row: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
	const damaged: (keyof SrsSettings)[] = [];
	const values = KEYS.map((key) => {
		if (row[key] === undefined) return [key, DEFAULT_SRS_SETTINGS[key]];
		const field = srsSettingsSchema.shape[key].safeParse(row[key]);
		if (field.success) return [key, field.data];
		damaged.push(key);
		return [key, DEFAULT_SRS_SETTINGS[key]];
	});
	return { settings: srsSettingsSchema.parse(Object.fromEntries(values)), damaged };
}

/** Steps in ts-fsrs' type; throws SrsError for a step the schema would have rejected. */
export function toSteps(list: readonly string[]): StepUnit[] {
	return list.map((step) => {
		if (!isStep(step)) throw new SrsError(`Invalid learning step "${step}": use a whole number of minutes, hours or days, like "10m".`);
		return step;
	});
}
