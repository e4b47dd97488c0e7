import { formatProblem, parseBank } from '$lib/bank';
import { saveBank, type FactdeckDatabase } from '$lib/db';
import { markBuiltInSynced } from '$lib/db/builtin-source';

/**
 * Validates a built-in bank file and saves it, keeping all progress. Loaded only when a file
 * differs from what was last synced (first run, or an app update): it brings the validator and
 * the scheduler, which Home does not need to show its decks. Returns the problems, if any.
 */
export async function syncBuiltIn(db: FactdeckDatabase, file: string, raw: unknown, now: Date): Promise<string[]> {
	const parsed = parseBank(raw);
	if (!parsed.ok) return parsed.problems.map((p) => formatProblem(file, p));
	await saveBank(db, parsed.bank, { builtIn: true }, now);
	await markBuiltInSynced(db, parsed.bank.id, raw);
	return [];
}
