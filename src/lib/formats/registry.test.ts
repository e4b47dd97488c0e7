import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '$lib/bank/schema';
import { EXPORT_FORMAT_IDS, FORMATS, FORMAT_IDS, guessFormat, readImport, writeExport, type ImportRequest } from './registry';
import { junkFile } from './test-arbitraries';
import { nodeSqlite } from './test-apkg';

const requestFor = (format: (typeof FORMAT_IDS)[number]): ImportRequest => (format === 'quizlet' ? { format, separator: { kind: 'tab' } } : { format });

describe('format registry', () => {
	it('can write every format it offers for export, and read back what it wrote', async () => {
		const questions = [{ id: 'q', type: 'flashcard' as const, prompt: 'front', back: 'back', tags: [] }];
		for (const format of EXPORT_FORMAT_IDS) {
			expect(FORMATS[format].write, format).toBeDefined();
			const { fileName, text } = writeExport(format, 'My: deck', questions);
			expect(fileName).toBe(`My deck${FORMATS[format].write?.extension}`);
			const read = await readImport({ name: fileName, bytes: new TextEncoder().encode(text) }, requestFor(format), { sqlite: nodeSqlite });
			expect(read.ok && read.deck.questions.map((q) => q.prompt), format).toEqual(['front']);
		}
	});
	it('guesses the format from the file name', () => {
		expect(['a.apkg', 'b.CSV', 'c.gift', 'd.txt', 'e', 'f.quizlet.txt'].map(guessFormat)).toEqual(['apkg', 'csv', 'gift', 'anki-text', 'anki-text', 'quizlet']);
	});
	it('gives every format any bytes: a deck of valid questions with unique ids, or a message', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...FORMAT_IDS), junkFile, async (format, bytes) => {
				const result = await readImport({ name: 'in.dat', bytes }, requestFor(format), { sqlite: nodeSqlite });
				if (!result.ok) {
					expect(result.message).toMatch(/^in\.dat/);
					return;
				}
				for (const q of result.deck.questions) expect(questionSchema.safeParse(q).success).toBe(true);
				expect(new Set(result.deck.questions.map((q) => q.id)).size).toBe(result.deck.questions.length);
			}),
			{ numRuns: 200 }
		);
	});
});
