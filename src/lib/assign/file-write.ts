/**
 * Files hold one code each, wrapped in JSON a person can recognise:
 * `{ "factdeck": "assignment", "version": 1, "title": "…", "code": "a1.…" }` (`<title>.factdeck.json`)
 * or `{ "factdeck": "result", "version": 1, "title": "…", "code": "r1.…" }`.
 * Writing and naming files lives here, apart from readFile (file.ts, zod), for the pages that
 * offer a file without reading one.
 */
export const FILE_VERSION = 1;

export type FileKind = 'assignment' | 'result';

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
