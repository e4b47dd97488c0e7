import type { AttemptResult } from './schema';

/** How two results name the same student: case, spacing and Unicode forms do not matter. */
export function studentKey(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * What an incoming result does to the one kept for the same student: the same attempt again is
 * a duplicate; a newer attempt replaces the kept one; an older one is ignored.
 */
export type MergeOutcome = 'added' | 'replaced' | 'duplicate' | 'older';

export function mergeOutcome(kept: AttemptResult | undefined, incoming: AttemptResult): MergeOutcome {
	if (!kept) return 'added';
	if (kept.attemptId === incoming.attemptId) return 'duplicate';
	return incoming.finishedAt > kept.finishedAt ? 'replaced' : 'older';
}
