import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateBank } from '../lib/generate';
import type { Output } from './io';
import { judgeSheet } from './judge-sheet';
import { DEV_ARTICLES, DEV_JUDGEMENTS, questionKey, readJudgedQuestions, tallyVerdicts } from './judged-sheets';
import { centralFactsAsked, readMissing } from './missing-facts';

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/**
 * `questions:dev-score [--list] [articles...]`: generates a bank from each dev article (default:
 * all of tests/dev/articles) and looks its questions up among the dev set's blind verdicts. A
 * question some judge saw counts by the share of judges who accepted it; one no judge saw is new,
 * and only a new judging round can tell. Beside it, how many of the central facts the judges
 * listed as missing (in any run) sit in a sentence the bank asks about. A quick, honest signal
 * for tuning on the dev set; the held-out set stays the measure.
 */
export function runDevScore(argv: string[], io: Output): number {
	const list = argv.includes('--list');
	const named = argv.filter((a) => !a.startsWith('--'));
	const files =
		named.length > 0
			? named
			: readdirSync(DEV_ARTICLES)
					.filter((f) => f.endsWith('.txt'))
					.sort()
					.map((f) => join(DEV_ARTICLES, f));
	const index = tallyVerdicts(readJudgedQuestions(DEV_JUDGEMENTS), questionKey);
	const missing = readMissing(DEV_JUDGEMENTS);
	io.out('| article | questions | judged before | judged acceptable | new | central facts asked |');
	io.out('| --- | --- | --- | --- | --- | --- |');
	let all = 0;
	let asked = 0;
	let placed = 0;
	let judged = 0;
	let good = 0;
	for (const file of files) {
		if (!existsSync(file)) {
			io.err(`${file}: no such file`);
			return 1;
		}
		const text = readFileSync(file, 'utf8');
		const outcome = generateBank(text, { sourceFile: file });
		if (!outcome.ok) {
			io.err(`${file}: ${outcome.reason}`);
			return 1;
		}
		const sheet = judgeSheet(basename(file), text.trim().split(/\s+/).length, outcome.bank);
		let seen = 0;
		let share = 0;
		const lines: string[] = [];
		for (const q of sheet.questions) {
			const r = index.get(questionKey(q));
			if (r) {
				seen++;
				share += r.acceptable / r.verdicts;
			}
			const verdict = r
				? `${r.acceptable}/${r.verdicts} acceptable${r.defects.size ? ` (${[...r.defects].map(([d, n]) => `${d} ${n}`).join(', ')})` : ''}`
				: 'new';
			lines.push(`  - [${verdict}] ${q.type}: ${q.prompt} → ${q.key}`);
		}
		const central = centralFactsAsked(missing.get(basename(file, '.txt')) ?? [], outcome.text, outcome.sentences, outcome.bank);
		asked += central.asked;
		placed += central.placed;
		all += sheet.questions.length;
		judged += seen;
		good += share;
		io.out(
			`| ${basename(file, '.txt')} | ${sheet.questions.length} | ${seen} | ${share.toFixed(1)} (${pct(share, seen)}) | ${sheet.questions.length - seen} | ${central.asked}/${central.placed} |`
		);
		if (list) io.out(lines.join('\n'));
	}
	io.out(
		`| **all ${files.length}** | **${all}** | **${judged}** | **${good.toFixed(1)} (${pct(good, judged)})** | **${all - judged}** | **${asked}/${placed} (${pct(asked, placed)})** |`
	);
	return 0;
}
