/** Something the study flow asked of the database that the stored data cannot give. */
export class StudyError extends Error {
	override name = 'StudyError';
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
