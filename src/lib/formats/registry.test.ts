import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '$lib/bank/schema';
import { FORMAT_IDS, guessFormat, readImport, type ImportRequest } from './registry';
import { junkBytes, junkText } from './test-arbitraries';
import { nodeSqlite } from './test-apkg';

const requestFor = (format: (typeof FORMAT_IDS)[number]): ImportRequest => (format === 'quizlet' ? { format, separator: { kind: 'tab' } } : { format });

describe('format registry', () => {
	it('guesses the format from the file name', () => {
		expect(['a.apkg', 'b.CSV', 'c.gift', 'd.txt', 'e'].map(guessFormat)).toEqual(['apkg', 'csv', 'gift', 'anki-text', 'anki-text']);
	});
	it('gives every format any bytes: a deck of valid questions with unique ids, or a message', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...FORMAT_IDS),
				fc.oneof(
					junkText.map((t) => new TextEncoder().encode(t)),
					junkBytes
				),
				async (format, bytes) => {
					const result = await readImport({ name: 'in.dat', bytes }, requestFor(format), { sqlite: nodeSqlite });
					if (!result.ok) {
						expect(result.message).toMatch(/^in\.dat/);
						return;
					}
					for (const q of result.deck.questions) expect(questionSchema.safeParse(q).success).toBe(true);
					expect(new Set(result.deck.questions.map((q) => q.id)).size).toBe(result.deck.questions.length);
				}
			),
			{ numRuns: 200 }
		);
	});
});
