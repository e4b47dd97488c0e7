import { readSettings, type SrsSettings } from '$lib/srs/settings-read';
import type { FactdeckDatabase } from './database';

// Reading the settings, apart from writing them: Home reads them on its first load, and the
// writes' zod schema would come along.

export const SRS_KEY = 'srs';

/**
 * The stored scheduling settings, validated field by field on every read: a field missing
 * from an older version or damaged takes its default, and the others keep their stored value.
 * `damaged` names the fields that were damaged, so the settings page can say so.
 */
export async function loadSrsSettings(db: FactdeckDatabase): Promise<{ settings: SrsSettings; damaged: (keyof SrsSettings)[] }> {
	const row = await db.settings.get(SRS_KEY);
	return readSettings(row?.value);
}

export async function getSrsSettings(db: FactdeckDatabase): Promise<SrsSettings> {
	return (await loadSrsSettings(db)).settings;
}
