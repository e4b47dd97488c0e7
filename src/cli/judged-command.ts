import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Output } from './io';

/** A blind reader's verdict on every question generated from one article (see tests/heldout/judgements and tests/dev/judgements). */
export const judgementSchema = z.object({
	article: z.string().min(1),
	questions: z.array(
		z.object({
			n: z.number().int().positive(),
			// Absent in an A/B run, whose sheets mix two versions' questions without their ids.
			id: z.string().min(1).optional(),
			type: z.string().min(1),
			acceptable: z.boolean(),
			defect: z.enum(['trivial', 'ambiguous', 'ungrammatical', 'bad-distractors', 'wrong-key', 'broken-flashcard', 'bad-blank', 'other']).nullable(),
			// Judges may leave an acceptable question's note empty (null).
			note: z.string().nullable()
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

/**
 * Which versions of the generator made each question of an A/B run (`versions.json`): its sheets
 * mix two versions' questions, shuffled, so that one judge rates both alike; a question both made
 * is shown once and counts for both.
 */
const versionsSchema = z.record(z.string(), z.array(z.object({ n: z.number().int().positive(), versions: z.array(z.string().min(1)).min(1) })));

function parsed<T>(path: string, schema: z.ZodType<T>): T {
	const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	throw new Error(`${path}: ${issue.path.join('.') || 'the file'} ${issue.message}`);
}

function row(run: string, article: string, questions: Judgement['questions']): JudgedRow {
	const defects: Record<string, number> = {};
	for (const q of questions) if (q.defect) defects[q.defect] = (defects[q.defect] ?? 0) + 1;
	return { run, article, questions: questions.length, acceptable: questions.filter((q) => q.acceptable).length, defects };
}

/**
 * Reads every `<article>.judgement.json` of one run's folder, refusing a file that does not fit
 * the schema. An A/B run gives a row per version of the generator.
 */
export function readRun(dir: string): JudgedRow[] {
	const run = basename(dir);
	const versions = existsSync(join(dir, 'versions.json')) ? parsed(join(dir, 'versions.json'), versionsSchema) : null;
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.judgement.json'))
		.sort();
	const judged = files.map((name) => parsed(join(dir, name), judgementSchema));
	if (!versions) return judged.map((j) => row(run, j.article.replace(/\.txt$/, ''), j.questions));
	const names = [...new Set(Object.values(versions).flatMap((items) => items.flatMap((item) => item.versions)))].sort();
	return names.flatMap((version) =>
		judged.map((j) => {
			const article = j.article.replace(/\.txt$/, '');
			const made = new Set((versions[article] ?? []).filter((item) => item.versions.includes(version)).map((item) => item.n));
			return row(
				`${run} ${version}`,
				article,
				j.questions.filter((q) => made.has(q.n))
			);
		})
	);
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

/** Where the verdicts live: on today's held-out set, and on the set that has since become the dev set. */
const JUDGED_ROOTS = ['tests/heldout/judgements', 'tests/dev/judgements'];

/** `questions:judged [dir]`: the totals of every judged run under `dir` (default: both sets, each headed by its folder). */
export function runJudged(args: string[], io: Output): number {
	const roots = args[0] ? [args[0]] : JUDGED_ROOTS.filter((root) => existsSync(root));
	try {
		const tables = roots.map((root) => {
			const runs = readdirSync(root)
				.map((name) => join(root, name))
				.filter((path) => statSync(path).isDirectory())
				.sort();
			const table = judgedTable(runs.flatMap(readRun));
			return args[0] ? table : `## ${root}\n\n${table}`;
		});
		io.out(tables.join('\n\n'));
		return 0;
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 1;
	}
}
