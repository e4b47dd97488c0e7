import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Output } from './io';
import { BankError, checkSources, formatProblem, overridesSchema, parseBankJson, parseSource, QUESTION_TYPES, type Bank, type Problem } from '../lib/bank';

/** Where the banks live, relative to the repository root. */
export const BANKS_DIR = 'questions/banks';

/** A problem and the file it is in: a bank's problem may sit in its source article. */
export interface Finding {
	file: string;
	problem: Problem;
}

export interface BankCheck {
	file: string;
	findings: Finding[];
	/** One line describing a bank that passed. */
	summary?: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const countByType = (bank: Bank): string => QUESTION_TYPES.map((t) => `${t} ${bank.questions.filter((q) => q.type === t).length}`).join(', ');

/** Checks one bank file (a path relative to `root`) against the schema and its source article. */
export function checkBankFile(root: string, file: string): BankCheck {
	const parsed = parseBankJson(readFileSync(join(root, file), 'utf8'), file);
	if (!parsed.ok) return { file, findings: parsed.problems.map((problem) => ({ file, problem })) };
	const { bank } = parsed;
	const findings: Finding[] = [];
	const add = (at: string, problems: readonly Problem[]): void => {
		for (const problem of problems) findings.push({ file: at, problem });
	};

	const expectedId = basename(file, '.json');
	if (bank.id !== expectedId) {
		add(file, [{ path: 'id', field: 'id', message: `is "${bank.id}" but the file is named ${expectedId}.json; they must match` }]);
	}

	checkOverrides(root, bank, add);

	const sourceFile = bank.source?.file;
	const quotes = bank.questions.filter((q) => q.source !== undefined).length;
	let quoteNote = quotes === 0 ? 'no quotes' : `${quotes} quotes not checked (no source.file)`;
	if (sourceFile !== undefined) {
		const body = readSourceBody(root, sourceFile, file, add);
		if (body !== undefined) {
			add(file, checkSources(bank, body));
			const expected = bank.source?.sha256;
			const actual = sha256(body);
			if (expected !== undefined && expected !== actual) {
				add(file, [{ path: 'source.sha256', field: 'source.sha256', message: `is ${expected} but the body of ${sourceFile} hashes to ${actual}` }]);
			}
			quoteNote = `${quotes} quotes match ${sourceFile}${expected === undefined ? '' : ' (sha256 ok)'}`;
		}
	}
	if (findings.length > 0) return { file, findings };
	return { file, findings, summary: `${file}: OK: ${bank.questions.length} questions (${countByType(bank)}); ${quoteNote}` };
}

/** The article body of a bank's source file, or `undefined` after reporting why there is none. */
function readSourceBody(root: string, sourceFile: string, bankFile: string, add: (file: string, problems: readonly Problem[]) => void): string | undefined {
	const path = join(root, sourceFile);
	if (!existsSync(path)) {
		add(bankFile, [{ path: 'source.file', field: 'source.file', message: `names ${sourceFile}, which does not exist` }]);
		return undefined;
	}
	try {
		return parseSource(readFileSync(path, 'utf8'), sourceFile).body;
	} catch (e) {
		if (!(e instanceof BankError)) throw e;
		add(e.file, e.problems);
		return undefined;
	}
}

/**
 * The hand corrections of a generated bank (`questions/overrides/<id>.json`): valid, and in
 * step with the checked-in bank — dropped questions gone, edited and added ones present.
 */
function checkOverrides(root: string, bank: Bank, add: (file: string, problems: readonly Problem[]) => void): void {
	const file = `questions/overrides/${bank.id}.json`;
	if (!existsSync(join(root, file))) return;
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
	} catch (error) {
		add(file, [{ path: '', field: 'JSON', message: error instanceof Error ? error.message : String(error) }]);
		return;
	}
	const parsed = overridesSchema.safeParse(raw);
	if (!parsed.success) {
		add(
			file,
			parsed.error.issues.map((i) => ({ path: i.path.join('.'), field: i.path.join('.') || '(file)', message: i.message }))
		);
		return;
	}
	const ids = new Set(bank.questions.map((q) => q.id));
	const stale = (id: string, field: string, message: string): Problem => ({ path: field, questionId: id, field, message });
	add(file, [
		...parsed.data.drop.filter((id) => ids.has(id)).map((id) => stale(id, 'drop', 'is dropped here but still in the bank (run npm run questions:build)')),
		...Object.keys(parsed.data.edit)
			.filter((id) => !ids.has(id))
			.map((id) => stale(id, 'edit', 'is edited here but not in the bank')),
		...parsed.data.add.filter((q) => !ids.has(q.id)).map((q) => stale(q.id, 'add', 'is added here but not in the bank (run npm run questions:build)'))
	]);
}

/** Every `*.json` in `questions/banks/` under `root`, in a stable order. */
export function listBankFiles(root: string): string[] {
	const dir = join(root, BANKS_DIR);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => `${BANKS_DIR}/${name}`);
}

/**
 * `npm run questions:check`: prints each problem as `file: question-id: field: message` on
 * `err` and returns the exit code, 1 when anything is wrong (or there is nothing to check).
 */
export function runCheckBanks(root: string, output: Output): number {
	const files = listBankFiles(root);
	if (files.length === 0) {
		output.err(`${BANKS_DIR}: -: (banks): no *.json bank files found`);
		return 1;
	}
	const checks = files.map((file) => checkBankFile(root, file));
	const findings = checks.flatMap((c) => c.findings);
	for (const { file, problem } of findings) output.err(formatProblem(file, problem));
	if (findings.length > 0) return 1;
	for (const check of checks) if (check.summary) output.out(check.summary);
	return 0;
}
