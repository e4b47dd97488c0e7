import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './bytes';
import { AssignError } from './errors';
import {
	ANSWER_FIELDS,
	assignedQuestionSchema,
	isLocked,
	lockedQuestionSchema,
	questionShape,
	type Assignment,
	type TakenAssignment,
	type WireAssignment
} from './schema';

/**
 * Locking the answers of an assignment until the teacher releases them. The answer fields of
 * every question that travels whole are taken out and encrypted with AES-GCM under a key derived
 * (PBKDF2-SHA-256) from a release code of 50 random bits, which the teacher shares when they
 * choose. Questions referenced from a built-in bank cannot be locked: the app itself holds them.
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ITERATIONS = 200_000;
export const RELEASE_CODE_BYTES = 7;

/** A release code (`ABCDE-FGHJK`, 50 bits) from random bytes the caller draws. */
export function releaseCodeFrom(bytes: Uint8Array): string {
	let bits = 0n;
	for (const b of bytes.slice(0, RELEASE_CODE_BYTES)) bits = (bits << 8n) | BigInt(b);
	let code = '';
	for (let i = 0; i < 10; i++) code += BASE32[Number((bits >> BigInt(5 * i)) & 31n)];
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed release code in its written form, forgiving case, spaces, dashes and look-alike letters; null if it cannot be one. */
export function normaliseReleaseCode(text: string): string | null {
	const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(clean)) return null;
	return `${clean.slice(0, 5)}-${clean.slice(5)}`;
}

async function keyFrom(code: string, assignmentId: string): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(`factdeck:${assignmentId}`), iterations: ITERATIONS },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

const answerPartSchema = z.object({
	answer: z.union([z.number(), z.boolean(), z.string()]),
	accept: z.array(z.string()).optional(),
	tolerance: z.number().optional(),
	explanation: z.string().optional()
});

/** The wire form with the answers of its whole questions locked under `code`; `iv` is 12 random bytes. */
export async function lockWire(wire: WireAssignment, code: string, iv: Uint8Array<ArrayBuffer>): Promise<WireAssignment> {
	if (wire.q.length === 0) return wire;
	const parts = wire.q.map((q) => Object.fromEntries(ANSWER_FIELDS.flatMap((f) => (f in q ? [[f, (q as Record<string, unknown>)[f]]] : []))));
	const cipher = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keyFrom(code, wire.id), new TextEncoder().encode(JSON.stringify(parts)))
	);
	const box = new Uint8Array(iv.length + cipher.length);
	box.set(iv);
	box.set(cipher, iv.length);
	return { ...wire, q: [], lq: wire.q.map((q) => lockedQuestionSchema.parse(questionShape(q))), x: toBase64Url(box) };
}

/** The assignment with its answers unlocked by the release code, or an AssignError saying the code is not this one's. */
export async function unlock(assignment: TakenAssignment, typed: string): Promise<Assignment> {
	const code = normaliseReleaseCode(typed);
	if (!code) throw new AssignError('bad-release-code', 'A release code has 10 letters and digits, such as ABCDE-12345.');
	const box = fromBase64Url(assignment.box ?? '');
	let parts: unknown;
	try {
		if (!box || box.length < 13) throw new Error('no box');
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.slice(0, 12) }, await keyFrom(code, assignment.id), box.slice(12));
		parts = JSON.parse(new TextDecoder().decode(plain));
	} catch {
		throw new AssignError('bad-release-code', 'This is not the release code of this assignment. Check it with your teacher.');
	}
	const answers = z.array(answerPartSchema).safeParse(parts);
	const locked = assignment.questions.filter(isLocked);
	if (!answers.success || answers.data.length !== locked.length) throw new AssignError('invalid', 'The locked answers of this assignment are damaged.');
	let k = 0;
	const questions = assignment.questions.map((q) => {
		if (!isLocked(q)) return q;
		const parsed = assignedQuestionSchema.safeParse({ ...questionShape(q), ...answers.data[k++] });
		if (!parsed.success) throw new AssignError('invalid', 'The locked answers of this assignment are damaged.');
		return parsed.data;
	});
	return {
		id: assignment.id,
		title: assignment.title,
		instructions: assignment.instructions,
		teacherName: assignment.teacherName,
		settings: assignment.settings,
		questions
	};
}
