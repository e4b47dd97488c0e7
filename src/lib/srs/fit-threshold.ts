/**
 * Anki asks for about this many answers before a fit is worth more than the defaults. Apart
 * from fit.ts so that Settings can weigh the count without loading the scheduler.
 */
export const FIT_MIN_REVIEWS = 1000;
