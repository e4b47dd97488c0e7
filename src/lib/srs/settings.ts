import { z } from 'zod';
import { NEW_CARD_ORDERS } from './new-order';
import { FSRS_PARAMETER_COUNT, STEP, type SrsSettings } from './settings-read';

export { DEFAULT_SRS_SETTINGS, FSRS_PARAMETER_COUNT, readSettings, SETTING_CHECKS, SETTING_NAMES, toSteps, type SrsSettings } from './settings-read';

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
	leechThreshold: whole(1, 99),
	parameters: z.array(z.number().finite('must be a finite number')).length(FSRS_PARAMETER_COUNT, `must be ${FSRS_PARAMETER_COUNT} numbers`).nullable()
}) satisfies z.ZodType<SrsSettings>;
