import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from './report-command';

function run(...files: string[]) {
	const out: string[] = [];
	const status = runReport(files, { out: (t) => out.push(t), err: (l) => out.push(l) });
	return { status, text: out.join('\n') };
}

// Each test generates whole articles; the shared machine can be slow.
describe('npm run questions:report', { timeout: 60_000 }, () => {
	it('prints questions by type, facts by kind and failed checks per article', () => {
		const r = run('tests/fixtures/articles/science.txt', 'tests/fixtures/articles/history.txt');
		expect(r.status).toBe(0);
		for (const name of ['science.txt', 'history.txt']) expect(r.text).toContain(`## tests/fixtures/articles/${name}`);
		expect(r.text).toMatch(/questions: \d+ \(mcq \d+, true_false \d+, cloze \d+, short_answer \d+, numeric \d+, flashcard \d+\)/);
		expect(r.text).toMatch(/facts: \d+ \(person \d+, named-thing \d+, place \d+, organisation \d+, date \d+, measure \d+, quantity \d+, quote \d+/);
		expect(r.text).toMatch(/failed checks: \d+ dropped, 0 kept/);
	});

	it('prints questions per 100 words and the facts no question asks', () => {
		const r = run('tests/fixtures/articles/science.txt');
		expect(r.text).toMatch(/questions per 100 words: \d+\.\d/);
		expect(r.text).toMatch(/facts no question asks: \d+/);
	});

	it('with --judge --out, writes a blind judging sheet per article: every question in full with its source', () => {
		const dir = mkdtempSync(join(tmpdir(), 'judge-'));
		const r = run('--judge', '--out', dir, 'tests/fixtures/articles/sport.txt');
		expect(r.status).toBe(0);
		const sheet = JSON.parse(readFileSync(join(dir, 'sport.judge.json'), 'utf8'));
		expect(sheet.questions.length).toBeGreaterThan(0);
		for (const q of sheet.questions) {
			expect(q.prompt.length).toBeGreaterThan(0);
			expect(q.key.length).toBeGreaterThan(0);
			expect(q.source.length).toBeGreaterThan(0);
			expect(q.acceptable).toBeNull();
			if (q.type === 'mcq') expect(q.choices).toContain(q.key);
		}
	});

	it('reads every article of a directory, and needs --judge for --out', () => {
		const dir = mkdtempSync(join(tmpdir(), 'articles-'));
		writeFileSync(join(dir, 'a.txt'), readFileSync('tests/fixtures/articles/sport.txt', 'utf8'));
		writeFileSync(join(dir, 'notes.json'), '{}');
		const r = run(dir);
		expect(r.text).toContain(`## ${join(dir, 'a.txt')}`);
		expect(r.text).not.toContain('notes.json');
		expect(run('--out', 'x', 'tests/fixtures/articles/sport.txt').status).toBe(1);
	});

	it('says why an article gave no questions, and fails on a missing file', () => {
		expect(run('package.json').text).toMatch(/no questions: /);
		expect(run('no-such-file.txt').status).toBe(1);
	});
});
