/**
 * A file that cannot be read as the format it was taken for. The codecs throw it inside and
 * turn it into an `{ ok: false, message }` result at their edge, so callers never see a throw.
 */
export class FormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FormatError';
	}
}

/** The message of anything thrown while reading a file, for the result the codec returns. */
export function messageOf(error: unknown, file: string): string {
	if (error instanceof FormatError) return `${file}: ${error.message}`;
	const detail = error instanceof Error ? error.message : String(error);
	return `${file} could not be read: ${detail}`;
}
