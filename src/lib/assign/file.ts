import { z } from 'zod';
import { AssignError } from './errors';
import { kindOf } from './code-text';
import { FILE_VERSION, type FileKind } from './file-write';

export { csvFileName, fileName, FILE_VERSION, writeFile, type FileKind } from './file-write';

/** A file's form as readFile checks it (see file-write.ts for the format). */
const fileSchema = z.object({
	factdeck: z.enum(['assignment', 'result']),
	version: z.number().int().positive(),
	title: z.string().optional(),
	code: z.string().min(1).max(2_000_000)
});

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
