import { isStorageFull, StudyError } from './errors';

/*
 * Why the browser refused a read or a write, in plain words with what to do about it. Every
 * write of Factdeck is one transaction, so a refused write has changed nothing.
 */

const FULL =
	'this device has no storage space left for Factdeck. Free some space (delete files or apps you no longer need, or clear other websites’ data in the browser settings), then try again.';

/** The reason a storage step failed, to follow "… could not be saved: ". */
export function storageFailureReason(error: unknown): string {
	if (isStorageFull(error)) return FULL;
	// Already worded for the learner by the study flow.
	if (error instanceof StudyError) return error.message;
	const detail = error instanceof Error && error.message ? error.message.replace(/\.?$/, '.') : `${String(error)}.`;
	return `${detail} Try again; if it keeps failing, reload the page.`;
}
