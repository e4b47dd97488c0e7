// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheckBanks } from './bank-check';

const BODY = 'Drones flew.\n\nSeventeen were intercepted.\n';
const SOURCE = `---\ntitle: Drones\nsource: drones.txt\n---\n${BODY}`;
const SHA = createHash('sha256').update(BODY).digest('hex');

function bank(id: string, overrides: Record<string, unknown> = {}, start = 14) {
	return {
		schemaVersion: 1,
		id,
		title: 'Drones',
		language: 'en',
		source: { title: 'Drones', file: 'questions/sources/drones.md', sha256: SHA },
		questions: [
			{
				id: 'intercepted-count',
				type: 'numeric',
				prompt: 'How many were intercepted?',
				answer: 17,
				tags: ['numbers'],
				source: { quote: 'Seventeen were intercepted.', start, end: start + 27 }
			}
		],
		...overrides
	};
}

let root: string;
const write = (file: string, content: unknown): void => {
	writeFileSync(join(root, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
};

function run(): { code: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const code = runCheckBanks(root, { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out, err };
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-banks-'));
	mkdirSync(join(root, 'questions/banks'), { recursive: true });
	mkdirSync(join(root, 'questions/sources'), { recursive: true });
	write('questions/sources/drones.md', SOURCE);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checking the banks of a repository', () => {
	it('prints one OK line per valid bank and exits 0', () => {
		write('questions/banks/drones.json', bank('drones'));
		expect(run()).toEqual({
			code: 0,
			out: [
				'questions/banks/drones.json: OK: 1 questions (mcq 0, true_false 0, cloze 0, short_answer 0, numeric 1, flashcard 0); 1 quotes match questions/sources/drones.md (sha256 ok)'
			],
			err: []
		});
	});

	it('prints every problem of every bank as file: question-id: field: message and exits 1', () => {
		write('questions/banks/a-broken.json', '{ "schemaVersion": 1, }');
		write('questions/banks/b-invalid.json', bank('b-invalid', { language: 'English', questions: [{ id: 'q', type: 'essay', prompt: 'x' }] }));
		write('questions/banks/c-drifted.json', bank('c-drifted', {}, 13));
		write('questions/banks/d-renamed.json', bank('other-id', { source: { title: 'Drones', file: 'questions/sources/missing.md' } }));
		write('questions/banks/e-stale.json', bank('e-stale', { source: { title: 'Drones', file: 'questions/sources/drones.md', sha256: '0'.repeat(64) } }));
		const { code, out, err } = run();
		expect(code).toBe(1);
		expect(out).toEqual([]);
		expect(err).toEqual([
			'questions/banks/a-broken.json: -: JSON: line 1, column 23: unexpected "}" after "," (remove the trailing comma)',
			'questions/banks/b-invalid.json: -: language: must be a language tag such as "en" but got "English"',
			'questions/banks/b-invalid.json: q: type: expected one of mcq, true_false, cloze, short_answer, numeric, flashcard but got "essay"',
			'questions/banks/c-drifted.json: intercepted-count: source.quote: does not match the article at 13-40, which reads "\\nSeventeen were intercepted"; the quote is at 14-41',
			'questions/banks/d-renamed.json: -: id: is "other-id" but the file is named d-renamed.json; they must match',
			'questions/banks/d-renamed.json: -: source.file: names questions/sources/missing.md, which does not exist',
			`questions/banks/e-stale.json: -: source.sha256: is ${'0'.repeat(64)} but the body of questions/sources/drones.md hashes to ${SHA}`
		]);
	});

	it('reports a broken source file under its own name', () => {
		write('questions/sources/drones.md', `---\ntitle: Drones\n---\n${BODY}`);
		write('questions/banks/drones.json', bank('drones'));
		expect(run()).toEqual({ code: 1, out: [], err: ['questions/sources/drones.md: -: source: is required'] });
	});

	it('fails when there is no bank to check', () => {
		expect(run()).toEqual({ code: 1, out: [], err: ['questions/banks: -: (banks): no *.json bank files found'] });
	});
});

describe('the questions:check command', () => {
	it('writes problems to stderr and exits 1', () => {
		write('questions/banks/drones.json', bank('drones', { title: '' }));
		const result = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/check-banks.ts'), root], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('questions/banks/drones.json: -: title: must not be empty\n');
	});
});
