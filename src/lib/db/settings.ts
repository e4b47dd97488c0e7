import { srsSettingsSchema, type SrsSettings } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';
import { loadSrsSettings, SRS_KEY } from './settings-read';

export { getSrsSettings, loadSrsSettings } from './settings-read';

export async function putSrsSettings(db: FactdeckDatabase, settings: SrsSettings): Promise<SrsSettings> {
	const valid = srsSettingsSchema.parse(settings);
	await db.settings.put({ key: SRS_KEY, value: valid });
	return valid;
}

/**
 * Changes some settings and keeps the rest as stored, in one transaction: the settings form and
 * the schedule fit each write only their own fields, so neither undoes the other.
 */
export async function updateSrsSettings(db: FactdeckDatabase, changes: Partial<SrsSettings>): Promise<SrsSettings> {
	return db.transaction('rw', db.settings, async () => {
		const { settings } = await loadSrsSettings(db);
		return putSrsSettings(db, { ...settings, ...changes });
	});
}
