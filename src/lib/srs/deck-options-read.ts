import { SETTING_CHECKS, SETTING_NAMES, type SrsSettings } from './settings-read';

// A deck's own options and how stored ones are read, without zod (Home reads them on its first load).

/**
 * A deck's own options, as Anki's deck presets in spirit: each one left out means the deck
 * follows the learner's settings for it; each one given overrides them for this deck only.
 */
export type DeckOptions = Partial<Pick<SrsSettings, 'newPerDay' | 'reviewsPerDay' | 'newCardOrder'>>;

export const DECK_OPTION_KEYS = ['newPerDay', 'reviewsPerDay', 'newCardOrder'] as const satisfies readonly (keyof DeckOptions)[];

/**
 * Reads a deck's stored options one at a time: a damaged option is dropped (the deck follows
 * the learner's setting for it again) and named in `damaged`, and the others are kept.
 */
export function readDeckOptions(stored: unknown): { options: DeckOptions; damaged: string[] } {
	const row: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
	const options: Record<string, unknown> = {};
	const damaged: string[] = [];
	for (const key of DECK_OPTION_KEYS) {
		if (row[key] === undefined) continue;
		const field = SETTING_CHECKS[key](row[key]);
		if (field.ok) options[key] = field.value;
		else damaged.push(SETTING_NAMES[key]);
	}
	return { options: options as DeckOptions, damaged };
}

/** The settings a deck is studied with: the learner's, with the deck's own options in their place. */
export function resolveDeckSettings(settings: SrsSettings, options: DeckOptions): SrsSettings {
	const own = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
	return { ...settings, ...own };
}
