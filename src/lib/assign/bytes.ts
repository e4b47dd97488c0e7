import { AssignError } from './errors';

/** Links and files expand to at most this many bytes: a bigger one is refused, not inflated. */
export const MAX_EXPANDED_BYTES = 1024 * 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** RFC 4648 §5 base64url, without padding: safe in a URL fragment and in a QR code. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Reads base64url (no padding); returns null when the text holds anything else. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let o = 0;
	for (const c of text) {
		const v = INDEX.get(c);
		if (v === undefined) return null;
		value = (value << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (value >> bits) & 255;
		}
	}
	return out;
}

async function drain(readable: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
	const reader = readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			// Stop inflating at once: a small link must not be able to fill the memory.
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}

async function pipe(stream: CompressionStream | DecompressionStream, input: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
	const writer = stream.writable.getWriter();
	// Errors surface on the readable side; the writer's own promises must not go unhandled.
	writer.write(input).catch(() => {});
	writer.close().catch(() => {});
	return drain(stream.readable, limit);
}

export async function deflate(text: string): Promise<Uint8Array<ArrayBuffer>> {
	const out = await pipe(new CompressionStream('deflate-raw'), new TextEncoder().encode(text), Number.POSITIVE_INFINITY);
	if (!out) throw new AssignError('too-large', 'The data could not be compressed.');
	return out;
}

/**
 * Inflates deflate-raw data into UTF-8 text, refusing past `limit` bytes. `what` names the
 * thing for the messages ("This link").
 */
export async function inflate(data: Uint8Array<ArrayBuffer>, what: string, limit = MAX_EXPANDED_BYTES): Promise<string> {
	let out: Uint8Array<ArrayBuffer> | null;
	try {
		out = await pipe(new DecompressionStream('deflate-raw'), data, limit);
	} catch {
		throw new AssignError('corrupt', `${what} is damaged: its data cannot be unpacked. It may have been cut short or changed; ask for it again.`);
	}
	if (!out)
		throw new AssignError(
			'too-large',
			`${what} unpacks to more than ${Math.round(limit / 1024)} KB, which is more than any assignment needs; it was not opened.`
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(out);
	} catch {
		throw new AssignError('corrupt', `${what} is damaged: its text is not valid UTF-8.`);
	}
}

/** SHA-256 of a text, cut to `bytes` bytes and written in base64url: a short content id. */
export async function shortHash(text: string, bytes = 6): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
	return toBase64Url(digest.slice(0, bytes));
}
