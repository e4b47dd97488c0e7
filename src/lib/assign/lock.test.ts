import { describe, expect, it } from 'vitest';
import { complete, contentHash, fromWire, toWire } from './wire';
import { lockWire, normaliseReleaseCode, releaseCodeFrom, unlock } from './lock';
import { settingsSchema } from './schema';
import { mcq } from './test-fixtures';

const meta = { id: 'assign01', title: 'Locked', instructions: '', teacherName: 'T', settings: settingsSchema.parse({ hideAnswers: true }) };
const questions = [
	mcq('m', ['Kyiv', 'Odesa'], 1, 'Which port?'),
	{ id: 'n', type: 'numeric' as const, prompt: 'How many?', tags: [], answer: 24, tolerance: 1, unit: 'hours', explanation: 'The report says 24 hours.' }
];
const iv = () => new Uint8Array(12).fill(7);
const CODE = releaseCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));

describe('release codes', () => {
	it('are 10 characters of Crockford base32, read back however they are typed', () => {
		expect(CODE).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
		expect(normaliseReleaseCode(` ${CODE.toLowerCase().replace('-', ' ')} `)).toBe(CODE);
		expect(normaliseReleaseCode('abcde-fghij')).toBe('ABCDE-FGH1J');
		expect(normaliseReleaseCode('short')).toBeNull();
	});
});

describe('locking the answers', () => {
	it('takes every answer out of the wire form, and the release code brings them back', async () => {
		const wire = await lockWire(
			toWire(
				meta,
				questions.map((question) => ({ question })),
				new Map()
			),
			CODE,
			iv()
		);
		const json = JSON.stringify(wire);
		for (const secret of ['"answer"', 'tolerance', 'The report says']) expect(json).not.toContain(secret);
		expect(wire.lq.map((q) => q.prompt)).toEqual(['Which port?', 'How many?']);

		const taken = fromWire(wire, new Map());
		expect(() => complete(taken)).toThrow(/locked/);
		const unlocked = await unlock(taken, CODE.toLowerCase());
		expect(unlocked.questions).toEqual(
			complete(
				fromWire(
					toWire(
						meta,
						questions.map((question) => ({ question })),
						new Map()
					),
					new Map()
				)
			).questions
		);
	});

	it('keeps the content hash of the assignment, so results of locked links are accepted', async () => {
		const plain = complete(
			fromWire(
				toWire(
					meta,
					questions.map((question) => ({ question })),
					new Map()
				),
				new Map()
			)
		);
		const locked = fromWire(
			await lockWire(
				toWire(
					meta,
					questions.map((question) => ({ question })),
					new Map()
				),
				CODE,
				iv()
			),
			new Map()
		);
		expect(await contentHash(locked)).toBe(await contentHash(plain));
	});

	it('refuses a wrong code in plain words', async () => {
		const taken = fromWire(
			await lockWire(
				toWire(
					meta,
					questions.map((question) => ({ question })),
					new Map()
				),
				CODE,
				iv()
			),
			new Map()
		);
		const other = releaseCodeFrom(new Uint8Array([9, 9, 9, 9, 9, 9, 9]));
		await expect(unlock(taken, other)).rejects.toThrow('This is not the release code of this assignment.');
		await expect(unlock(taken, 'x')).rejects.toMatchObject({ code: 'bad-release-code' });
	});
});
