import type { z } from 'zod';
import { BankError, type Problem } from './errors';
import { findJsonSyntaxError } from './json-syntax';
import { bankSchema, type Bank } from './schema';

export type BankParseResult = { ok: true; bank: Bank } | { ok: false; problems: Problem[] };

/** Like {@link BankParseResult}; a failure also carries the problems as a throwable error. */
export type BankJsonResult = { ok: true; bank: Bank } | { ok: false; problems: Problem[]; error: BankError };

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;
type Segment = PropertyKey;

const KINDS: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	int: 'an integer',
	boolean: 'true or false',
	array: 'an array',
	object: 'an object'
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Unlike a bare Array.isArray, this narrows to unknown elements rather than `any`.
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

/** A value as a bank author would recognise it in their file, kept short. */
function show(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (isList(value)) return 'an array';
	if (isRecord(value)) return 'an object';
	return String(value);
}

const oneOf = (values: readonly unknown[]): string =>
	values.length === 1 ? show(values[0]) : `one of ${values.map((v) => (typeof v === 'string' ? v : show(v))).join(', ')}`;

/**
 * Replaces zod's default wording ("Invalid input: expected int, received number") for the
 * issues our schema leaves to zod. Messages the schema sets itself take precedence over this map. The
 * value found is added afterwards by {@link found}, so it reads the same for both.
 */
const expectation = (issue: RawIssue): string | undefined => {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is required' : `expected ${KINDS[issue.expected] ?? issue.expected}`;
		case 'invalid_value':
			return `expected ${oneOf(issue.values)}`;
		case 'invalid_union': {
			const options: unknown = issue.options;
			if (issue.discriminator === undefined || !isList(options)) return undefined;
			return isRecord(issue.input) && issue.input[issue.discriminator] !== undefined ? `expected ${oneOf(options)}` : `is required: ${oneOf(options)}`;
		}
		case 'too_small':
		case 'too_big': {
			const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			const word = issue.code === 'too_small' ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
			if (issue.origin === 'array') return `needs ${word} ${bound} items`;
			if (issue.origin === 'string') return bound === 1 && issue.code === 'too_small' ? 'must not be empty' : `must be ${word} ${bound} characters`;
			return `must be ${word} ${bound}`;
		}
		default:
			return undefined;
	}
};

/** What the file holds where the problem is, when saying so helps to fix it. */
function found(issue: Issue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
		case 'invalid_value':
		case 'invalid_format':
			return issue.input === undefined ? undefined : show(issue.input);
		case 'invalid_union': {
			const value = issue.discriminator !== undefined && isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
			return value === undefined ? undefined : show(value);
		}
		case 'too_small':
		case 'too_big':
			if (isList(issue.input)) return String(issue.input.length);
			return typeof issue.input === 'number' ? String(issue.input) : undefined;
		default:
			return undefined;
	}
}

const formatPath = (path: readonly Segment[]): string =>
	path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');

/** Turns one zod issue into a problem located by question id and field. */
function toProblem(issue: Issue, input: unknown): Problem {
	const { path } = issue;
	const value = found(issue);
	const message = value === undefined ? issue.message : `${issue.message} but got ${value}`;
	const [head, index, ...inner] = path;
	if (head === 'questions' && typeof index === 'number') {
		const question = isRecord(input) && isList(input.questions) ? input.questions[index] : undefined;
		const questionId = isRecord(question) && typeof question.id === 'string' && question.id !== '' ? question.id : undefined;
		const field = inner.length === 0 ? '(question)' : inner.map(String).join('.');
		return { path: formatPath(path), ...(questionId === undefined ? {} : { questionId }), field, message };
	}
	return { path: formatPath(path), field: path.length === 0 ? '(bank)' : path.map(String).join('.'), message };
}

/** Validates a bank that is already a JavaScript value (from a module import or storage). */
export function parseBank(input: unknown): BankParseResult {
	const result = bankSchema.safeParse(input, { error: expectation, reportInput: true });
	if (result.success) return { ok: true, bank: result.data };
	return { ok: false, problems: result.error.issues.map((issue) => toProblem(issue, input)) };
}

/**
 * Parses the text of a bank file. A syntax error is reported with its line and column; the
 * byte-order mark some editors write is ignored.
 */
export function parseBankJson(text: string, fileName: string): BankJsonResult {
	const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		const syntax = findJsonSyntaxError(json);
		const message = syntax
			? `line ${syntax.line}, column ${syntax.column}: ${syntax.message}`
			: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
		return fail(fileName, [{ path: '', field: 'JSON', message }]);
	}
	const result = parseBank(data);
	return result.ok ? result : fail(fileName, result.problems);
}

const fail = (file: string, problems: Problem[]): BankJsonResult => ({
	ok: false,
	problems,
	error: new BankError(file, problems)
});
