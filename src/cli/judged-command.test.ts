import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJudged } from './judged-command';

function judged(dir: string, article: string, verdicts: [boolean, string | null][]): void {
	const questions = verdicts.map(([acceptable, defect], i) => ({ n: i + 1, id: `q${i}`, type: 'mcq', acceptable, defect, note: '' }));
	writeFileSync(join(dir, `${article}.judgement.json`), JSON.stringify({ article: `${article}.txt`, questions }));
}

function run(root: string): { code: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const code = runJudged([root], { out: (t) => out.push(t), err: (l) => err.push(l) });
	return { code, out, err };
}

describe('questions:judged', () => {
	it('totals each run’s judged questions and counts the defects per article', () => {
		const root = mkdtempSync(join(tmpdir(), 'judged-'));
		mkdirSync(join(root, 'run-1'));
		judged(join(root, 'run-1'), 'a', [
			[true, null],
			[false, 'trivial'],
			[false, 'trivial'],
			[true, null]
		]);
		judged(join(root, 'run-1'), 'b', [[false, 'ambiguous']]);
		const { code, out } = run(root);
		expect(code).toBe(0);
		expect(out[0]).toContain('| run-1 | a | 4 | 2 (50%) | trivial 2 |');
		expect(out[0]).toContain('| run-1 | b | 1 | 0 (0%) | ambiguous 1 |');
		expect(out[0]).toContain('| run-1 | **all 2** | **5** | **2 (40%)** | |');
	});

	it('splits an A/B run by version: a question both versions made counts for both', () => {
		const root = mkdtempSync(join(tmpdir(), 'judged-'));
		const dir = join(root, 'ab');
		mkdirSync(dir);
		judged(dir, 'a', [
			[true, null],
			[false, 'trivial'],
			[true, null]
		]);
		const versions = {
			a: [
				{ n: 1, versions: ['old', 'new'] },
				{ n: 2, versions: ['old'] },
				{ n: 3, versions: ['new'] }
			]
		};
		writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions));
		const { code, out } = run(root);
		expect(code).toBe(0);
		expect(out[0]).toContain('| ab new | a | 2 | 2 (100%) | – |');
		expect(out[0]).toContain('| ab old | a | 2 | 1 (50%) | trivial 1 |');
	});

	it('refuses a judgement that is not one, naming the file and the field', () => {
		const root = mkdtempSync(join(tmpdir(), 'judged-'));
		mkdirSync(join(root, 'run-1'));
		judged(join(root, 'run-1'), 'a', [[true, 'too dull']]);
		const { code, err } = run(root);
		expect(code).toBe(1);
		expect(err[0]).toMatch(/a\.judgement\.json: questions\.0\.defect /);
	});
});
