import { describe, expect, it } from 'vitest';
import { deflate, fromBase64Url, inflate, MAX_EXPANDED_BYTES, toBase64Url } from './bytes';

describe('base64url', () => {
	it('matches RFC 4648 §5 without padding, for every length', () => {
		for (let n = 0; n < 40; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
			const text = toBase64Url(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64url'));
			expect(fromBase64Url(text)).toEqual(bytes);
		}
	});

	it('refuses characters outside its alphabet and impossible lengths', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
	});
});

describe('deflate-raw with a cap on expansion', () => {
	it('round-trips text', async () => {
		const text = 'Ünïcode ✓ '.repeat(50);
		expect(await inflate(await deflate(text), 'This link')).toBe(text);
	});

	it('stops inflating past 1 MB and says so', async () => {
		const bomb = await deflate('0'.repeat(MAX_EXPANDED_BYTES + 10));
		expect(bomb.length).toBeLessThan(4000);
		await expect(inflate(bomb, 'This link')).rejects.toMatchObject({ code: 'too-large' });
	});

	it('takes exactly 1 MB', async () => {
		const text = '0'.repeat(MAX_EXPANDED_BYTES);
		expect((await inflate(await deflate(text), 'This link')).length).toBe(MAX_EXPANDED_BYTES);
	});

	it('calls cut-short data damaged', async () => {
		const data = await deflate('hello there, a sentence long enough to be cut short '.repeat(5));
		await expect(inflate(data.slice(0, data.length - 6), 'This link')).rejects.toMatchObject({ code: 'corrupt' });
	});
});
