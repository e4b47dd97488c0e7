/** Something the study flow asked of the database that the stored data cannot give. */
export class StudyError extends Error {
	override name = 'StudyError';
}

/**
 * The card was answered (or an answer taken back) since it was shown, most likely in another
 * tab: the answer was not recorded, so the card is not counted twice.
 */
export class StaleCardError extends StudyError {
	override name = 'StaleCardError';
	constructor(readonly cardId: string) {
		super(`Card ${cardId} was answered in another tab since it was shown.`);
	}
}

export type StorageFailure = 'unavailable' | 'blocked' | 'timeout' | 'failed';

/** IndexedDB could not be opened: the app cannot keep progress and says so. */
export class StorageError extends Error {
	override name = 'StorageError';
	constructor(
		readonly failure: StorageFailure,
		message: string
	) {
		super(message);
	}
}

/**
 * Whether a failed write was refused because the origin's storage is full. Dexie wraps the
 * browser's QuotaExceededError (as `inner` of an AbortError when the transaction aborts), so the
 * chain of wrapped errors is followed.
 */
export function isStorageFull(error: unknown): boolean {
	// Not `instanceof Error`: a DOMException is not an Error in every environment.
	let e = error;
	for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
		const { name, message, inner, cause } = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
		if (name === 'QuotaExceededError' || (typeof message === 'string' && message.includes('QuotaExceeded'))) return true;
		e = inner ?? cause;
	}
	return false;
}
