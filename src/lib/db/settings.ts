import { readSettings, srsSettingsSchema, type SrsSettings } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';

const SRS_KEY = 'srs';

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
