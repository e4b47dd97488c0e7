/**
 * Scheduling over ts-fsrs: card state, review, preview, queues, daily limits and the day
 * boundary. Pure: no svelte, no $app, no dexie, and no clock reads (`now` is a parameter).
 */
export type { CardPhase, QueueKind, Rating, SrsCard, SrsLog } from './types';
// The schemas (zod) of settings and deck options are imported from `./settings` and
// `./deck-options` by the forms that validate; through this index they reached every page.
export { DEFAULT_SRS_SETTINGS, readSettings, SETTING_NAMES, type SrsSettings } from './settings-read';
export { SrsError } from './errors';
export { newCard, preview, review } from './scheduler';
export { formatInterval } from './interval';
export { dayEnd, dayStart } from './day';
export { buildQueue, queueKind, type QueueCandidate } from './queue';
export { retrievability } from './retrievability';
export { compareNew, newCardRank, NEW_CARD_ORDERS, NEW_CARD_ORDER_NAMES, type NewCardOrder } from './new-order';
export { DECK_OPTION_KEYS, readDeckOptions, resolveDeckSettings, type DeckOptions } from './deck-options-read';
