import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isolate } from '$lib/assign';
import { FactdeckDatabase } from '$lib/db';
import { BankImport } from './bank-import.svelte';
import { GeneratorState } from './generator.svelte';

// The two files a learner opens: a bank to import (Home) and an article to make questions from.

const db = new FactdeckDatabase(`imported-files-${Math.random().toString(36).slice(2)}`);
afterAll(() => db.delete());

const bytes = fc.uint8Array({ maxLength: 300 });
const name = fc.constantFrom('deck.json', 'notes.txt', 'article.md', 'photo.png', 'no-extension', '.md', 'ДЕКА.JSON');

describe('imported files, fuzzed', () => {
	it('a bank file of any bytes is refused with its problems named, never thrown', async () => {
		await fc.assert(
			fc.asyncProperty(bytes, name, async (content, fileName) => {
				const importer = new BankImport(db, async () => {});
				await importer.importFile(new File([content], fileName));
				const notice = importer.notice;
				expect(notice?.kind).toBe('invalid');
				if (notice?.kind === 'invalid') expect(notice.problems.length).toBeGreaterThan(0);
			}),
			{ numRuns: 1000 }
		);
		expect(await db.banks.count()).toBe(0);
	}, 60_000);

	it('an article file of any bytes is read into the box or refused with a reason, never thrown', async () => {
		await fc.assert(
			fc.asyncProperty(bytes, name, async (content, fileName) => {
				const state = new GeneratorState(() => {
					throw new Error('no generation in this test');
				});
				await state.openFile(new File([content], fileName));
				if (state.inputProblem) expect(state.inputProblem.startsWith(`${isolate(fileName)}: `)).toBe(true);
				else expect(state.source.length).toBe(new TextDecoder().decode(content).length);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);
});
