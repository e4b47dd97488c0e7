import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { encodeAssignment, linkFor } from './link';
import { PROJECTOR_MAX_VERSION, qrMatrix } from './qr';
import { seededRandom } from './shuffle';
import { settingsSchema } from './schema';
import { generateSigningKeys } from './sign';
import { assignable, seedBank } from './test-fixtures';
import { bankHash, toWire, type BuiltInBank } from './wire';

// A longer origin than most deployments have, so the goal holds with room to spare.
const ORIGIN = 'https://factdeck.example.org';

/**
 * The seed bank's questions repeated to the generator's largest bank (60 questions), under the
 * seed bank's id: the seed bank itself holds fewer than 20 assignable questions since its
 * hand-written overrides were shrunk to what the generator cannot do, and a set spread over a
 * long bank needs the longest position mask.
 */
async function largestBank(): Promise<BuiltInBank> {
	const seed = await seedBank();
	const questions = Array.from({ length: 60 }, (_, i) => ({ ...seed.questions[i % seed.questions.length], id: `q${i}` }));
	return { ...seed, hash: await bankHash(questions), questions };
}

describe('a 20-question set on the seed bank', () => {
	it('fits a QR code of version 15 or less at error correction M, signed, with every setting on', async () => {
		const bank = await largestBank();
		const all = bank.questions.flatMap((question, position) => (assignable(question) ? [{ question, origin: { bankId: bank.id, position } }] : []));
		// Twenty spread over the whole bank, from its first question to its last.
		const picked = Array.from({ length: 20 }, (_, i) => all[Math.floor((i * (all.length - 1)) / 19)]);
		expect(new Set(picked).size).toBe(20);
		const wire = toWire(
			{
				id: 'k3j9x2abq7',
				title: 'Winter drone campaign: check-up',
				instructions: 'Answer on your own. You may use the article.',
				teacherName: 'Ms Rivera',
				settings: settingsSchema.parse({
					due: Date.UTC(2026, 2, 9, 16),
					attempts: 2,
					shuffleQuestions: true,
					shuffleChoices: true,
					timeLimit: 20,
					feedback: 'each',
					passMark: 60
				})
			},
			picked,
			new Map([[bank.id, bank]])
		);
		expect(wire.q).toHaveLength(0);
		const link = linkFor(ORIGIN, await encodeAssignment(wire, await generateSigningKeys()));
		const matrix = qrMatrix(link);
		expect(matrix).not.toBeNull();
		expect(matrix!.version).toBeLessThanOrEqual(PROJECTOR_MAX_VERSION);
		expect(new TextEncoder().encode(link).length).toBeLessThanOrEqual(412);
		// The code reads back: draw it at 4 px a module with a quiet zone and decode it.
		expect(decodeImage(matrix!.dark)).toBe(link);
	});

	it('reads back for any link of that length: the scanner must read every code the app draws', () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const random = seededRandom('qr-links');
		for (let i = 0; i < 40; i++) {
			const link = `${ORIGIN}/a#${Array.from({ length: 370 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')}`;
			const matrix = qrMatrix(link);
			expect(matrix?.version).toBe(PROJECTOR_MAX_VERSION);
			expect(decodeImage(matrix!.dark)).toBe(link);
		}
	});
});

function decodeImage(dark: boolean[][]): string {
	const scale = 4;
	const quiet = 4;
	const side = (dark.length + 2 * quiet) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			const row = dark[Math.floor(y / scale) - quiet];
			if (row?.[Math.floor(x / scale) - quiet]) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
		}
	}
	return jsQR(data, side, side)?.data ?? '(no code found)';
}
