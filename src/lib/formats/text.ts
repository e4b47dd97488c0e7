import { FormatError } from './errors';

/** The bytes of a text file as a string: UTF-8 (a byte-order mark is dropped), or a FormatError. */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new FormatError('is not UTF-8 text. Save it as UTF-8 and pick it again.');
	}
}

/** Lines without their line ends; `\r\n`, `\r` and `\n` all end a line. */
export function lines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}
