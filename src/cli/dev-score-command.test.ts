import { describe, expect, it } from 'vitest';
import { runDevScore } from './dev-score-command';

describe('questions:dev-score', () => {
	it('looks each question of a dev article up among the verdicts and totals them', () => {
		const out: string[] = [];
		const err: string[] = [];
		const code = runDevScore(['--list', 'tests/dev/articles/basalt-thermal-battery-district-heating.txt'], {
			out: (t) => out.push(t),
			err: (l) => err.push(l)
		});
		expect(code).toBe(0);
		expect(err).toEqual([]);
		const row = out.find((l) => l.startsWith('| basalt-thermal-battery-district-heating |'));
		const [questions, judged, , fresh] = (row ?? '')
			.split('|')
			.slice(2, 6)
			.map((c) => Number.parseFloat(c));
		expect(questions).toBeGreaterThan(0);
		expect(judged + fresh).toBe(questions);
		// Judges have seen most of what the generator asks of this article; none found would mean the lookup broke.
		expect(judged).toBeGreaterThan(0);
		// --list gives each question its verdicts, or says no judge has seen it.
		const listed = out.flatMap((l) => l.split('\n')).filter((l) => l.startsWith('  - ['));
		expect(listed).toHaveLength(questions);
		for (const line of listed) expect(line).toMatch(/^ {2}- \[(?:\d+\/\d+ acceptable.*|new)\] /);
		expect(out.at(-1)).toMatch(/^\| \*\*all 1\*\* \| \*\*\d+\*\* \|/);
		// The judges listed this article's central facts in every run; each row says how many the bank asks.
		const [asked, placed] =
			(row ?? '')
				.match(/\| (\d+)\/(\d+) \|$/)
				?.slice(1)
				.map(Number) ?? [];
		expect(placed).toBeGreaterThan(0);
		expect(asked).toBeLessThanOrEqual(placed);
	});

	it('says which article could not be read', () => {
		const err: string[] = [];
		expect(runDevScore(['tests/dev/articles/no-such-article.txt'], { out: () => {}, err: (l) => err.push(l) })).toBe(1);
		expect(err).toEqual(['tests/dev/articles/no-such-article.txt: no such file']);
	});
});
