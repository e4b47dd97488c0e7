/** A file the browser could not read (moved, deleted or access revoked) after it was picked. */
export class FileReadError extends Error {
	override name = 'FileReadError';
}
