import { AssignError } from './errors';
import { fromBase64Url, shortHash, toBase64Url } from './bytes';

/**
 * Signing assignments with ECDSA P-256 (WebCrypto). The teacher's app makes one key pair and
 * keeps it; every link it writes carries the public key (33 bytes, compressed point) and a
 * signature (64 bytes, IEEE P1363) over the rest of the link, so any change to a link is
 * detected, and the key's short id tells students which teacher's app wrote it.
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const PUBLIC_KEY_BYTES = 33;
export const SIGNATURE_BYTES = 64;

export interface SigningKeys {
	privateKey: CryptoKey;
	publicKey: CryptoKey;
}

/** A new key pair; the private half cannot be exported, only used by this app to sign. */
export async function generateSigningKeys(): Promise<SigningKeys> {
	const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
	return { privateKey: pair.privateKey, publicKey: pair.publicKey };
}

/** The public key as a compressed point: 0x02/0x03 by the parity of y, then x. */
export async function exportPublicKey(key: CryptoKey): Promise<Uint8Array> {
	const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
	const compressed = raw.slice(0, PUBLIC_KEY_BYTES);
	compressed[0] = 2 + (raw[64] & 1);
	return compressed;
}

/** A short id of a public key for people to compare, such as `K4F2-9QXA`. */
export async function keyId(publicKey: Uint8Array): Promise<string> {
	const hash = (await shortHash(toBase64Url(publicKey), 6)).toUpperCase().replace(/[-_]/g, 'X');
	return `${hash.slice(0, 4)}-${hash.slice(4, 8)}`;
}

export async function sign(keys: SigningKeys, message: string): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.sign(SIGNING, keys.privateKey, new TextEncoder().encode(message)));
}

/** Throws a plain-words AssignError unless `signature` is the key's signature of `message`. */
export async function verify(publicKey: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>, message: string): Promise<void> {
	let key: CryptoKey;
	try {
		key = await crypto.subtle.importKey('raw', publicKey, ALGORITHM, false, ['verify']);
	} catch {
		throw new AssignError('bad-signature', 'This link carries a teacher key that is not valid, so it cannot be trusted; it was not opened.');
	}
	const ok = await crypto.subtle.verify(SIGNING, key, signature, new TextEncoder().encode(message));
	if (!ok) {
		throw new AssignError(
			'bad-signature',
			'This link was changed after the teacher made it (its signature does not match), so it was not opened. Ask your teacher for the link again.'
		);
	}
}

export function readKeyAndSignature(keyText: string, signatureText: string): { publicKey: Uint8Array<ArrayBuffer>; signature: Uint8Array<ArrayBuffer> } | null {
	const publicKey = fromBase64Url(keyText);
	const signature = fromBase64Url(signatureText);
	if (publicKey?.length !== PUBLIC_KEY_BYTES || signature?.length !== SIGNATURE_BYTES) return null;
	return { publicKey, signature };
}
