import { StudyError } from './errors';

/*
 * Why the browser refused a read or a write, in plain words with what to do about it. Every
 * write of Factdeck is one transaction, so a refused write has changed nothing.
 */

const FULL =
	'this device has no storage space left for Factdeck. Free some space (delete files or apps you no longer need, or clear other websites’ data in the browser settings), then try again.';

/** Dexie wraps the browser's error (`inner`); an aborted transaction may wrap it once more. */
function causes(error: unknown): unknown[] {
	const chain: unknown[] = [];
	let current = error;
	while (typeof current === 'object' && current !== null && chain.length < 5) {
		chain.push(current);
		current = 'inner' in current && current.inner ? current.inner : 'cause' in current ? current.cause : undefined;
	}
	return chain;
}

const nameOf = (error: unknown): string =>
	typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

/** Whether the browser refused a write because the site's share of the disk is used up. */
function isStorageFull(error: unknown): boolean {
	return causes(error).some((e) => nameOf(e) === 'QuotaExceededError');
}

/** The reason a storage step failed, to follow "… could not be saved: ". */
export function storageFailureReason(error: unknown): string {
	if (isStorageFull(error)) return FULL;
	// Already worded for the learner by the study flow.
	if (error instanceof StudyError) return error.message;
	const detail = error instanceof Error && error.message ? error.message.replace(/\.?$/, '.') : `${String(error)}.`;
	return `${detail} Try again; if it keeps failing, reload the page.`;
}
