import { describe, expect, it } from 'vitest';
import { deflate, toBase64Url } from './bytes';
import { codesIn, decodeAssignment, decodeResult, encodeAssignment, encodeResult, kindOf, linkFor } from './link';
import type { WireAssignment, WireResult } from './schema';
import { generateSigningKeys } from './sign';
import { mcq } from './test-fixtures';

const wire: WireAssignment = { id: 'assign01', t: 'Check-up', n: 'Ms Rivera', o: 4, r: [], q: [mcq('q1', ['yes', 'no'], 0)], lq: [] };
const result: WireResult = { a: 'assign01', h: 'AbCd_-12', id: 'attempt01', n: 'Ana', st: 1000, ft: 5000, x: [[0, 1, 4000]] };

describe('assignment codes', () => {
	it('round-trip, and name the key that signed them', async () => {
		const keys = await generateSigningKeys();
		const code = await encodeAssignment(wire, keys);
		expect(code).toMatch(/^a1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{44}\.[A-Za-z0-9_-]{86}$/);
		const decoded = await decodeAssignment(code);
		expect(decoded.wire).toEqual(wire);
		expect(decoded.keyId).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		expect((await decodeAssignment(await encodeAssignment(wire, keys))).keyId).toBe(decoded.keyId);
		expect((await decodeAssignment(await encodeAssignment(wire, await generateSigningKeys()))).keyId).not.toBe(decoded.keyId);
	});

	it('refuse a code changed after signing', async () => {
		const [v, , key, sig] = (await encodeAssignment(wire, await generateSigningKeys())).split('.');
		const forged = toBase64Url(await deflate(JSON.stringify({ ...wire, t: 'Free marks' })));
		await expect(decodeAssignment([v, forged, key, sig].join('.'))).rejects.toMatchObject({ code: 'bad-signature' });
	});

	it('refuse a code signed with another key than the one it carries', async () => {
		const [v, body, , sig] = (await encodeAssignment(wire, await generateSigningKeys())).split('.');
		const [, , otherKey] = (await encodeAssignment(wire, await generateSigningKeys())).split('.');
		await expect(decodeAssignment([v, body, otherKey, sig].join('.'))).rejects.toMatchObject({ code: 'bad-signature' });
	});

	it('call a cut-short code cut short', async () => {
		const code = await encodeAssignment(wire, await generateSigningKeys());
		await expect(decodeAssignment(code.slice(0, -10))).rejects.toMatchObject({ code: 'truncated' });
		await expect(decodeAssignment(code.slice(0, code.lastIndexOf('.')))).rejects.toMatchObject({ code: 'truncated' });
	});

	it('refuse a newer format version with its own message', async () => {
		const code = await encodeAssignment(wire, await generateSigningKeys());
		await expect(decodeAssignment(code.replace(/^a1/, 'a2'))).rejects.toThrow(/newer version of Factdeck \(format 2; this app reads format 1\)/);
	});

	it('refuse what is not a code', async () => {
		await expect(decodeAssignment('hello')).rejects.toMatchObject({ code: 'not-a-code' });
	});

	it('refuse a signed code whose content is not an assignment', async () => {
		const keys = await generateSigningKeys();
		const bad = { ...wire, q: [{ id: 'x', type: 'mcq', prompt: 'p', tags: [], choices: ['a'], answer: 0 }] } as unknown as WireAssignment;
		await expect(encodeAssignment(bad, keys)).rejects.toThrow();
	});
});

describe('result codes', () => {
	it('round-trip', async () => {
		const code = await encodeResult(result);
		expect(kindOf(code)).toBe('result');
		expect(await decodeResult(code)).toEqual(result);
	});

	it('refuse a result that does not match the format, saying where', async () => {
		const code = `r1.${toBase64Url(await deflate(JSON.stringify({ ...result, x: [] })))}`;
		await expect(decodeResult(code)).rejects.toThrow(/does not hold a valid result: .*\(at x\)/);
	});

	it('refuse JSON nested 100,000 deep with a message, open or closed', async () => {
		const depth = 100_000;
		const coded = async (json: string) => `r1.${toBase64Url(await deflate(json))}`;
		await expect(decodeResult(await coded('{"a":'.repeat(depth)))).rejects.toThrow('This result code is damaged: what it holds is not readable.');
		await expect(decodeResult(await coded(`${'['.repeat(depth)}${']'.repeat(depth)}`))).rejects.toThrow(/does not hold a valid result/);
	});

	it('refuse a result that expands past 1 MB', async () => {
		const code = `r1.${toBase64Url(await deflate(JSON.stringify({ ...result, n: 'x'.repeat(1_100_000) })))}`;
		await expect(decodeResult(code)).rejects.toMatchObject({ code: 'too-large' });
	});
});

describe('finding codes in pasted text', () => {
	it('takes links and bare codes, one or many', () => {
		expect(codesIn(' https://x.example/r#r1.abc\n\nr1.def  https://x.example/a#a1.g.h.i ')).toEqual(['r1.abc', 'r1.def', 'a1.g.h.i']);
		expect(linkFor('https://x.example/', 'r1.abc')).toBe('https://x.example/r#r1.abc');
		expect(linkFor('https://x.example', 'a1.abc')).toBe('https://x.example/a#a1.abc');
	});
});
