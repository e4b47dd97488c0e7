import { DEFAULT_SRS_SETTINGS, srsSettingsSchema, type SrsSettings } from '$lib/srs';
import type { FactdeckDatabase } from './database';

const SRS_KEY = 'srs';

/**
 * The scheduling settings, validated on every read: fields missing from an older version take
 * their defaults, and a damaged value falls back to the defaults instead of breaking the app.
 */
export async function getSrsSettings(db: FactdeckDatabase): Promise<SrsSettings> {
	const row = await db.settings.get(SRS_KEY);
	const stored = typeof row?.value === 'object' && row.value !== null ? row.value : {};
	const merged = srsSettingsSchema.safeParse({ ...DEFAULT_SRS_SETTINGS, ...stored });
	return merged.success ? merged.data : DEFAULT_SRS_SETTINGS;
}

export async function putSrsSettings(db: FactdeckDatabase, settings: SrsSettings): Promise<SrsSettings> {
	const valid = srsSettingsSchema.parse(settings);
	await db.settings.put({ key: SRS_KEY, value: valid });
	return valid;
}
