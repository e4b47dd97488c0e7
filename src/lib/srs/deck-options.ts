import { z } from 'zod';
import { srsSettingsSchema } from './settings';
import type { DeckOptions } from './deck-options-read';

export { DECK_OPTION_KEYS, readDeckOptions, resolveDeckSettings, type DeckOptions } from './deck-options-read';

/** Validates a deck's options from storage or a form; each value as the same setting is validated. */
export const deckOptionsSchema = z.object({
	newPerDay: srsSettingsSchema.shape.newPerDay.optional(),
	reviewsPerDay: srsSettingsSchema.shape.reviewsPerDay.optional(),
	newCardOrder: srsSettingsSchema.shape.newCardOrder.optional()
}) satisfies z.ZodType<DeckOptions>;
