import { generateSigningKeys, type SigningKeys } from '$lib/assign/sign';
import type { FactdeckDatabase } from './database';

const KEY = 'teacher-signing-keys';

function isKeys(value: unknown): value is SigningKeys {
	if (typeof value !== 'object' || value === null) return false;
	const { privateKey, publicKey } = value as Record<string, unknown>;
	return privateKey instanceof CryptoKey && publicKey instanceof CryptoKey;
}

/**
 * The key this device signs assignments with, made on first use. The private half is stored
 * as a non-extractable CryptoKey: it never leaves this browser, not even in a backup file.
 */
export async function teacherKeys(db: FactdeckDatabase): Promise<SigningKeys> {
	const stored = (await db.settings.get(KEY))?.value;
	if (isKeys(stored)) return stored;
	const keys = await generateSigningKeys();
	return db.transaction('rw', db.settings, async () => {
		// Another tab may have made one meanwhile: keep the first, so every link shows one key.
		const again = (await db.settings.get(KEY))?.value;
		if (isKeys(again)) return again;
		await db.settings.put({ key: KEY, value: keys });
		return keys;
	});
}
