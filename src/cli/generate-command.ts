import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateBank } from '../lib/generate';
import { looksBinary, type Output } from './io';

const USAGE = 'usage: npm run --silent generate -- <file.txt|file.md> [--out bank.json] [--title T] [--max N]';

/**
 * `generate`: one article file in, one bank (JSON, schema-valid) out, on standard output or
 * into `--out`. Every failure is one line on standard error and exit status 1.
 */
export function runGenerate(argv: string[], io: Output): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { out: { type: 'string' }, title: { type: 'string' }, max: { type: 'string' } }
		});
	} catch (error) {
		io.err(`generate: ${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
		return 1;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1) {
		io.err(`generate: give exactly one article file; ${USAGE}`);
		return 1;
	}
	const file = positionals[0];
	const max = values.max === undefined ? undefined : Number(values.max);
	if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
		io.err(`generate: --max must be a whole number above 0, not "${values.max}"`);
		return 1;
	}
	if (!existsSync(file) || !statSync(file).isFile()) {
		io.err(`generate: ${file}: no such file`);
		return 1;
	}
	const bytes = readFileSync(file);
	if (looksBinary(bytes)) {
		io.err(`generate: ${file}: this is not a text file (it holds binary data)`);
		return 1;
	}
	const text = bytes.toString('utf8');
	if (text.trim() === '') {
		io.err(`generate: ${file}: the file is empty`);
		return 1;
	}
	const outcome = generateBank(text, { title: values.title, max, sourceFile: file });
	if (!outcome.ok) {
		io.err(`generate: ${file}: no questions could be made from this text, because ${outcome.reason}`);
		return 1;
	}
	const json = `${JSON.stringify(outcome.bank, null, 2)}\n`;
	if (values.out) {
		writeFileSync(values.out, json);
		io.err(`generate: wrote ${outcome.bank.questions.length} questions to ${values.out}`);
	} else {
		io.out(json);
	}
	return 0;
}
