import { describe, expect, it } from 'vitest';
import { runReport } from './report-command';

function run(...files: string[]) {
	const out: string[] = [];
	const status = runReport(files, { out: (t) => out.push(t), err: (l) => out.push(l) });
	return { status, text: out.join('\n') };
}

describe('npm run questions:report', () => {
	it('prints questions by type, facts by kind and failed checks per article', () => {
		const r = run('tests/fixtures/articles/science.txt', 'tests/fixtures/articles/history.txt');
		expect(r.status).toBe(0);
		for (const name of ['science.txt', 'history.txt']) expect(r.text).toContain(`## tests/fixtures/articles/${name}`);
		expect(r.text).toMatch(/questions: \d+ \(mcq \d+, true_false \d+, cloze \d+, short_answer \d+, numeric \d+, flashcard \d+\)/);
		expect(r.text).toMatch(/facts: \d+ \(quantity \d+, person \d+, place \d+, organisation \d+, date \d+, quote \d+, named-thing \d+\)/);
		expect(r.text).toMatch(/failed checks: \d+ dropped, 0 kept/);
	});

	it('says why an article gave no questions, and fails on a missing file', () => {
		expect(run('package.json').text).toMatch(/no questions: /);
		expect(run('no-such-file.txt').status).toBe(1);
	});
});
