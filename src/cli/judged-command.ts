import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Output } from './io';

/** A blind reader's verdict on every question generated from one article (see tests/heldout/judgements). */
export const judgementSchema = z.object({
	article: z.string().min(1),
	questions: z.array(
		z.object({
			n: z.number().int().positive(),
			id: z.string().min(1),
			type: z.string().min(1),
			acceptable: z.boolean(),
			defect: z.enum(['trivial', 'ambiguous', 'ungrammatical', 'bad-distractors', 'wrong-key', 'broken-flashcard', 'bad-blank', 'other']).nullable(),
			note: z.string()
		})
	),
	missing: z.array(z.string()).optional()
});
export type Judgement = z.infer<typeof judgementSchema>;

export interface JudgedRow {
	run: string;
	article: string;
	questions: number;
	acceptable: number;
	defects: Record<string, number>;
}

/** Reads every `<article>.judgement.json` of one run's folder, refusing a file that does not fit the schema. */
export function readRun(dir: string): JudgedRow[] {
	const run = basename(dir);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.judgement.json'))
		.sort()
		.map((name) => {
			const parsed = judgementSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				throw new Error(`${join(dir, name)}: ${issue.path.join('.') || 'the file'} ${issue.message}`);
			}
			const defects: Record<string, number> = {};
			for (const q of parsed.data.questions) if (q.defect) defects[q.defect] = (defects[q.defect] ?? 0) + 1;
			return {
				run,
				article: parsed.data.article.replace(/\.txt$/, ''),
				questions: parsed.data.questions.length,
				acceptable: parsed.data.questions.filter((q) => q.acceptable).length,
				defects
			};
		});
}

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '–');

/** A Markdown table per run: questions, acceptable and defects per article, then the run's total. */
export function judgedTable(rows: JudgedRow[]): string {
	const lines = ['| run | article | questions | acceptable | defects |', '| --- | --- | --- | --- | --- |'];
	for (const run of [...new Set(rows.map((r) => r.run))]) {
		const ofRun = rows.filter((r) => r.run === run);
		for (const r of ofRun) {
			const defects = Object.entries(r.defects)
				.sort((a, b) => b[1] - a[1])
				.map(([name, n]) => `${name} ${n}`)
				.join(', ');
			lines.push(`| ${run} | ${r.article} | ${r.questions} | ${r.acceptable} (${pct(r.acceptable, r.questions)}) | ${defects || '–'} |`);
		}
		const questions = ofRun.reduce((sum, r) => sum + r.questions, 0);
		const acceptable = ofRun.reduce((sum, r) => sum + r.acceptable, 0);
		lines.push(`| ${run} | **all ${ofRun.length}** | **${questions}** | **${acceptable} (${pct(acceptable, questions)})** | |`);
	}
	return lines.join('\n');
}

/** `questions:judged [dir]`: the totals of every judged run under `dir` (default tests/heldout/judgements). */
export function runJudged(args: string[], io: Output): number {
	const root = args[0] ?? 'tests/heldout/judgements';
	try {
		const runs = readdirSync(root)
			.map((name) => join(root, name))
			.filter((path) => statSync(path).isDirectory())
			.sort();
		io.out(judgedTable(runs.flatMap(readRun)));
		return 0;
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 1;
	}
}
