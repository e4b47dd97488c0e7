import { existsSync, readFileSync } from 'node:fs';
import { QUESTION_TYPES } from '../lib/bank';
import { checkQuestion, generateBank, type FactKind } from '../lib/generate';
import type { Output } from './io';

const FACT_KINDS: FactKind[] = ['quantity', 'person', 'place', 'organisation', 'date', 'quote', 'named-thing'];

const count = <T>(items: T[], key: (item: T) => string, keys: readonly string[]): string =>
	keys.map((k) => `${k} ${items.filter((i) => key(i) === k).length}`).join(', ');

/**
 * `questions:report`: for each article, the questions by type, the facts by kind, and every
 * question that failed an automatic check (dropped ones with their reasons, and any kept one
 * that would fail, which is a bug).
 */
export function runReport(files: string[], io: Output): number {
	if (files.length === 0) {
		io.err('usage: npm run questions:report -- <file.txt|file.md> [more files...]');
		return 1;
	}
	let status = 0;
	for (const file of files) {
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
		io.out(`questions: ${bank.questions.length} (${count(bank.questions, (q) => q.type, QUESTION_TYPES)})`);
		io.out(`facts: ${facts.length} (${count(facts, (f) => f.kind, FACT_KINDS)})`);
		const keptFailing = bank.questions.map((q) => ({ question: q, reasons: checkQuestion(q) })).filter((r) => r.reasons.length > 0);
		io.out(`failed checks: ${rejected.length} dropped, ${keptFailing.length} kept`);
		for (const { question, reasons } of [...keptFailing, ...rejected]) {
			io.out(`- [${question.type}] ${question.id}: ${reasons.join('; ')}\n    ${question.prompt}`);
		}
		if (keptFailing.length > 0) status = 1;
	}
	return status;
}
