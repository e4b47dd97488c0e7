import type { FactdeckDatabase } from './database';
import { fingerprint } from './fingerprint';

// On every start, before Home shows its counts: is each built-in bank stored as its file says?
// A read and a hash, with no validator and no scheduler loaded; only a changed file is parsed
// and saved again (src/lib/state/builtin-sync.ts).

function idOf(raw: unknown): string | undefined {
	if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
	return typeof raw.id === 'string' ? raw.id : undefined;
}

/** Whether the built-in bank in `raw` (the file's content) is the one last synced from it. */
export async function builtInIsCurrent(db: FactdeckDatabase, raw: unknown): Promise<boolean> {
	const id = idOf(raw);
	if (id === undefined) return false;
	const stored = await db.banks.get(id);
	return stored?.builtIn === true && stored.sourceFingerprint === fingerprint(raw);
}

/** Notes that the built-in bank `bankId` was synced from the file content `raw`. */
export async function markBuiltInSynced(db: FactdeckDatabase, bankId: string, raw: unknown): Promise<void> {
	await db.banks.update(bankId, { sourceFingerprint: fingerprint(raw) });
}

/**
 * Whether no database named `name` exists yet, so that opening it will sync every built-in
 * bank. False when the browser cannot list its databases: then nothing is fetched ahead.
 */
export async function isFirstStart(name: string): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
	try {
		return !(await indexedDB.databases()).some((d) => d.name === name);
	} catch {
		return false;
	}
}
