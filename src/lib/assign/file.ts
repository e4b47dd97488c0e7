import { z } from 'zod';
import { AssignError } from './errors';
import { kindOf } from './link';

/**
 * Files hold one code each, wrapped in JSON a person can recognise:
 * `{ "factdeck": "assignment", "version": 1, "title": "…", "code": "a1.…" }` (`<title>.factdeck.json`)
 * or `{ "factdeck": "result", "version": 1, "title": "…", "code": "r1.…" }`.
 */
export const FILE_VERSION = 1;

const fileSchema = z.object({
	factdeck: z.enum(['assignment', 'result']),
	version: z.number().int().positive(),
	title: z.string().optional(),
	code: z.string().min(1).max(2_000_000)
});

export type FileKind = z.infer<typeof fileSchema>['factdeck'];

export function writeFile(kind: FileKind, title: string, code: string): string {
	return `${JSON.stringify({ factdeck: kind, version: FILE_VERSION, title, code }, null, '\t')}\n`;
}

/** A title as the start of a file name: characters that file systems refuse become spaces. */
function baseName(title: string, fallback: string): string {
	return (
		title
			// Control characters are exactly what a file name must not hold.
			// eslint-disable-next-line no-control-regex
			.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 80) || fallback
	);
}

/** `<title>.factdeck.json` (or `<title>.result.factdeck.json`). */
export function fileName(title: string, kind: FileKind = 'assignment'): string {
	const base = baseName(title, kind);
	return kind === 'assignment' ? `${base}.factdeck.json` : `${base}.result.factdeck.json`;
}

/** `<title>.csv`, for the gradebook export. */
export function csvFileName(title: string): string {
	return `${baseName(title, 'gradebook')}.csv`;
}

/** The code a file holds, or an AssignError saying, with the file's name, what it is not. */
export function readFile(text: string, name: string, expected?: FileKind): { kind: FileKind; code: string } {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw new AssignError('not-a-file', `${name}: this is not a Factdeck assignment or result file (it is not JSON).`);
	}
	const parsed = fileSchema.safeParse(value);
	if (!parsed.success) throw new AssignError('not-a-file', `${name}: this is not a Factdeck assignment or result file.`);
	const file = parsed.data;
	if (file.version > FILE_VERSION) {
		throw new AssignError(
			'newer-version',
			`${name}: this file was made by a newer version of Factdeck (file format ${file.version}). Update Factdeck by opening it while online, then try again.`
		);
	}
	if (expected && file.factdeck !== expected)
		throw new AssignError('not-a-file', `${name}: this is a ${file.factdeck} file, not ${expected === 'assignment' ? 'an assignment' : 'a result'} file.`);
	if (kindOf(file.code) !== file.factdeck) throw new AssignError('not-a-file', `${name}: the code inside this file is not a ${file.factdeck}.`);
	return { kind: file.factdeck, code: file.code };
}
