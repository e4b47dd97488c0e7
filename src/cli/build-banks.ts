import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { applyOverrides, BankError, formatProblem, overridesSchema, parseBank, parseSource, type BankInput } from '../lib/bank';
import { generateBank } from '../lib/generate';
import type { Output } from './io';

export const SOURCES_DIR = 'questions/sources';
export const OVERRIDES_DIR = 'questions/overrides';

export type BuiltBank = { ok: true; file: string; json: string; count: number } | { ok: false; problems: string[] };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The bank a source article gives: generated from its body, with the hand corrections of
 * `questions/overrides/<id>.json` applied, validated whole, as the JSON text that is checked in.
 */
export function buildBank(root: string, sourceFile: string): BuiltBank {
	const id = basename(sourceFile, '.md');
	let source;
	try {
		source = parseSource(readFileSync(join(root, sourceFile), 'utf8'), sourceFile);
	} catch (error) {
		if (error instanceof BankError) return { ok: false, problems: error.message.split('\n') };
		throw error;
	}
	const outcome = generateBank(source.body, { title: source.meta.title, id, sourceFile, published: source.meta.published });
	if (!outcome.ok) return { ok: false, problems: [`${sourceFile}: -: body: no questions could be made, because ${outcome.reason}`] };
	if (outcome.text !== source.body) {
		return { ok: false, problems: [`${sourceFile}: -: body: the generator read a different text than the file holds, so offsets would not match`] };
	}
	const generated: BankInput = { ...outcome.bank, source: { title: source.meta.title, file: sourceFile, sha256: sha256(source.body) } };
	let bank = generated;

	const overridesFile = `${OVERRIDES_DIR}/${id}.json`;
	if (existsSync(join(root, overridesFile))) {
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(join(root, overridesFile), 'utf8'));
		} catch (error) {
			return { ok: false, problems: [`${overridesFile}: -: JSON: ${error instanceof Error ? error.message : String(error)}`] };
		}
		const overrides = overridesSchema.safeParse(raw);
		if (!overrides.success) {
			return { ok: false, problems: overrides.error.issues.map((i) => `${overridesFile}: -: ${i.path.join('.') || '(file)'}: ${i.message}`) };
		}
		const applied = applyOverrides(bank, overrides.data);
		if (applied.problems.length > 0) return { ok: false, problems: applied.problems.map((p) => formatProblem(overridesFile, p)) };
		bank = { ...applied.bank, source: generated.source };
	}

	const parsed = parseBank(bank);
	if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => formatProblem(`questions/banks/${id}.json`, p)) };
	return { ok: true, file: `questions/banks/${id}.json`, json: `${JSON.stringify(parsed.bank, null, 2)}\n`, count: parsed.bank.questions.length };
}

export function sourceFiles(root: string): string[] {
	return readdirSync(join(root, SOURCES_DIR))
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => `${SOURCES_DIR}/${f}`);
}

/** `questions:build`: regenerates every bank from its source; exit status 1 on any problem. */
export function runBuildBanks(root: string, io: Output): number {
	let failed = false;
	for (const source of sourceFiles(root)) {
		const built = buildBank(root, source);
		if (!built.ok) {
			built.problems.forEach((line) => io.err(line));
			failed = true;
			continue;
		}
		writeFileSync(join(root, built.file), built.json);
		io.out(`${built.file}: ${built.count} questions from ${source}`);
	}
	return failed ? 1 : 0;
}
