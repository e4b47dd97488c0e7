import type { z } from 'zod';
import { deflate, fromBase64Url, inflate, toBase64Url } from './bytes';
import type { Kind } from './code-text';
import { AssignError } from './errors';
import { wireAssignmentSchema, wireResultSchema, type WireAssignment, type WireResult } from './schema';
import { exportPublicKey, keyId, readKeyAndSignature, sign, verify, type SigningKeys } from './sign';

export { codeOf, codesIn, kindOf, linkFor } from './code-text';

/**
 * Codes as they travel in a link's fragment (after `#`, so no server ever sees them), in a QR
 * code or in a file:
 * - assignment: `a1.<body>.<public key>.<signature>`, the signature over `a1.<body>.<public key>`;
 * - result: `r1.<body>`.
 * `<body>` is the wire JSON, deflate-raw compressed, in base64url; the digit is the format version.
 */
export const ASSIGNMENT_FORMAT = 1;
export const RESULT_FORMAT = 1;

export interface DecodedAssignment {
	wire: WireAssignment;
	/** The exact JSON text the teacher's app wrote. */
	json: string;
	/** Short id of the teacher's key, for people to compare. */
	keyId: string;
}

const PREFIX: Record<Kind, string> = { assignment: 'a', result: 'r' };
const SUPPORTED: Record<Kind, number> = { assignment: ASSIGNMENT_FORMAT, result: RESULT_FORMAT };
const NOUN: Record<Kind, string> = { assignment: 'This assignment link', result: 'This result code' };

function split(code: string, kind: Kind, parts: number): string[] {
	const what = NOUN[kind];
	const match = new RegExp(`^${PREFIX[kind]}(\\d+)\\.`).exec(code);
	if (!match) throw new AssignError('not-a-code', `${what} is not a Factdeck ${kind} code: it should start with “${PREFIX[kind]}${SUPPORTED[kind]}.”.`);
	const version = Number(match[1]);
	if (version > SUPPORTED[kind]) {
		throw new AssignError(
			'newer-version',
			`${what} was made by a newer version of Factdeck (format ${version}; this app reads format ${SUPPORTED[kind]}). Update Factdeck by opening it while online, then try again.`
		);
	}
	if (version < 1) throw new AssignError('not-a-code', `${what} has an unknown format (${version}).`);
	const segments = code.split('.');
	if (segments.length < parts) throw new AssignError('truncated', `${what} is cut short: part of it is missing. Copy or scan it again, whole.`);
	if (segments.length > parts || segments.some((s) => s === '')) throw new AssignError('corrupt', `${what} is damaged: it has parts that do not belong to it.`);
	return segments;
}

async function unpack<S extends z.ZodType>(body: string, kind: Kind, schema: S): Promise<{ data: z.infer<S>; json: string }> {
	const what = NOUN[kind];
	const bytes = fromBase64Url(body);
	if (!bytes) throw new AssignError('corrupt', `${what} is damaged: it holds characters a Factdeck code never has, or was cut short.`);
	const json = await inflate(bytes, what);
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		throw new AssignError('corrupt', `${what} is damaged: what it holds is not readable.`);
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first?.path.length ? ` (at ${first.path.join('.')})` : '';
		throw new AssignError('invalid', `${what} does not hold a valid ${kind}: ${first?.message ?? 'unknown problem'}${where}.`);
	}
	return { data: parsed.data, json };
}

/** The wire JSON without empty lists, which the schema fills in again: bytes a QR code can use. */
function compactJson(wire: WireAssignment): string {
	const { r, q, lq, ...rest } = wireAssignmentSchema.parse(wire);
	return JSON.stringify({ ...rest, ...(r.length ? { r } : {}), ...(q.length ? { q } : {}), ...(lq.length ? { lq } : {}) });
}

export async function encodeAssignment(wire: WireAssignment, keys: SigningKeys): Promise<string> {
	const json = compactJson(wire);
	const signed = `a${ASSIGNMENT_FORMAT}.${toBase64Url(await deflate(json))}.${toBase64Url(await exportPublicKey(keys.publicKey))}`;
	return `${signed}.${toBase64Url(await sign(keys, signed))}`;
}

/**
 * Reads an assignment code: its format version first (a newer one is refused with its own
 * message), then its signature (a changed code is refused before anything is unpacked), then
 * the capped inflate and the schema.
 */
export async function decodeAssignment(code: string): Promise<DecodedAssignment> {
	const [version, body, key, signature] = split(code, 'assignment', 4);
	const parts = readKeyAndSignature(key, signature);
	if (!parts) throw new AssignError('truncated', `${NOUN.assignment} is cut short: its signature is incomplete. Copy or scan it again, whole.`);
	await verify(parts.publicKey, parts.signature, `${version}.${body}.${key}`);
	const { data, json } = await unpack(body, 'assignment', wireAssignmentSchema);
	return { wire: data, json, keyId: await keyId(parts.publicKey) };
}

export async function encodeResult(result: WireResult): Promise<string> {
	const json = JSON.stringify(wireResultSchema.parse(result));
	return `r${RESULT_FORMAT}.${toBase64Url(await deflate(json))}`;
}

export async function decodeResult(code: string): Promise<WireResult> {
	const [, body] = split(code, 'result', 2);
	return (await unpack(body, 'result', wireResultSchema)).data;
}
