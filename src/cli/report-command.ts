import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QUESTION_TYPES } from '../lib/bank';
import { checkQuestion, FACT_KINDS, generateBank, uncoveredFacts } from '../lib/generate';
import type { Output } from './io';
import { judgeSheet } from './judge-sheet';

const count = <T>(items: T[], key: (item: T) => string, keys: readonly string[]): string =>
	keys.map((k) => `${k} ${items.filter((i) => key(i) === k).length}`).join(', ');

const USAGE = 'usage: npm run questions:report -- [--judge] [--out <dir>] <file.txt|file.md|dir> [more...]';

interface ReportArgs {
	files: string[];
	judge: boolean;
	out?: string;
}

/** The command line: flags, and article files, a directory standing for its .txt and .md files. */
function parseArgs(argv: string[]): ReportArgs | string {
	const args: ReportArgs = { files: [], judge: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--judge') args.judge = true;
		else if (a === '--out') {
			const dir = argv[++i];
			if (!dir) return '--out needs a directory';
			args.out = dir;
		} else if (a.startsWith('--')) return `unknown option ${a}`;
		else if (existsSync(a) && statSync(a).isDirectory()) {
			args.files.push(
				...readdirSync(a)
					.filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')
					.sort()
					.map((f) => join(a, f))
			);
		} else args.files.push(a);
	}
	if (args.files.length === 0) return 'no article files given';
	if (args.out && !args.judge) return '--out writes judging sheets, so it needs --judge';
	return args;
}

/**
 * `questions:report`: for each article, the questions by type, the questions per 100 words, the
 * facts by kind, the numbers, names and dates no question asks, and every question that failed an
 * automatic check (dropped ones with their reasons, and any kept one that would fail, which is a
 * bug). With `--judge --out <dir>`, also a blind judging sheet per article.
 */
export function runReport(argv: string[], io: Output): number {
	const args = parseArgs(argv);
	if (typeof args === 'string') {
		io.err(`${args}\n${USAGE}`);
		return 1;
	}
	if (args.out) mkdirSync(args.out, { recursive: true });
	let status = 0;
	for (const file of args.files) {
		if (!existsSync(file)) {
			io.err(`${file}: no such file`);
			status = 1;
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const words = text.trim().split(/\s+/).length;
		const outcome = generateBank(text, { sourceFile: file });
		io.out(`\n## ${file} (${words} words)`);
		if (!outcome.ok) {
			io.out(`no questions: ${outcome.reason}`);
			continue;
		}
		const { bank, facts, rejected } = outcome;
		const perHundred = ((bank.questions.length * 100) / words).toFixed(1);
		io.out(`questions: ${bank.questions.length} (${count(bank.questions, (q) => q.type, QUESTION_TYPES)})`);
		io.out(`questions per 100 words: ${perHundred}`);
		const missingTypes = QUESTION_TYPES.filter((t) => !bank.questions.some((q) => q.type === t));
		if (words >= 600 && missingTypes.length > 0) io.out(`types missing: ${missingTypes.join(', ')}`);
		io.out(`facts: ${facts.length} (${count(facts, (f) => f.kind, FACT_KINDS)})`);
		const unasked = uncoveredFacts(bank.questions, facts);
		io.out(`facts no question asks: ${unasked.length}${unasked.length ? ` (${unasked.map((f) => `${f.kind} ${f.answer}`).join(', ')})` : ''}`);
		const keptFailing = bank.questions.map((q) => ({ question: q, reasons: checkQuestion(q) })).filter((r) => r.reasons.length > 0);
		io.out(`failed checks: ${rejected.length} dropped, ${keptFailing.length} kept`);
		for (const { question, reasons } of [...keptFailing, ...rejected]) {
			io.out(`- [${question.type}] ${question.id}: ${reasons.join('; ')}\n    ${question.prompt}`);
		}
		if (keptFailing.length > 0) status = 1;
		if (args.judge && args.out) {
			const sheet = join(args.out, `${basename(file).replace(/\.(?:txt|md)$/, '')}.judge.json`);
			writeFileSync(sheet, `${JSON.stringify(judgeSheet(file, words, bank), null, 2)}\n`);
			io.out(`judging sheet: ${sheet}`);
		}
	}
	return status;
}
