import { codesIn, kindOf } from '$lib/assign/code-text';
import { AssignError } from '$lib/assign/errors';
import { isolate } from '$lib/assign/isolate';
import type { AttemptResult } from '$lib/assign/schema';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';

export interface ImportLine {
	ok: boolean;
	text: string;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

const STATUS_TEXT = {
	added: 'added',
	replaced: 'replaces their earlier attempt',
	duplicate: 'already imported; ignored',
	older: 'an older attempt than the one kept; ignored'
} as const;

/**
 * Results brought back to the teacher: from a pasted text with one or many codes or links,
 * scanned QR codes, files, or an opened result link. Each result says what became of it. The
 * database is asked for only when there is something to import, so the page that holds the
 * importer can be drawn before storage has opened.
 */
export class ResultImporter {
	#lines = $state<ImportLine[]>([]);
	#busy = $state(false);

	constructor(
		private readonly openDb: () => Promise<FactdeckDatabase>,
		private readonly clock: () => Date = () => new Date()
	) {}

	get lines(): ImportLine[] {
		return this.#lines;
	}
	get busy(): boolean {
		return this.#busy;
	}

	/** Imports every code in a pasted text; says so when there is none. */
	async importText(text: string): Promise<void> {
		const codes = codesIn(text);
		if (codes.length === 0) {
			this.#lines = [{ ok: false, text: 'Paste one or more result codes or links first.' }];
			return;
		}
		await this.#run(codes.map((code, i) => ({ label: codes.length > 1 ? `Code ${i + 1}` : 'The code', code })));
	}

	/** Imports one code read by the camera. */
	async importScanned(text: string): Promise<void> {
		await this.#run([{ label: 'Scanned code', code: text }]);
	}

	async importFiles(files: readonly File[]): Promise<void> {
		// The file reader checks the file's form with zod: it loads when files are given.
		const { readFile } = await import('$lib/assign/file');
		const items: { label: string; code: string }[] = [];
		const refused: ImportLine[] = [];
		for (const file of files) {
			const name = isolate(file.name);
			try {
				if (file.size > MAX_FILE_BYTES) throw new AssignError('not-a-file', `${name}: this file is too big to be a result.`);
				items.push({ label: name, code: readFile(await file.text(), name, 'result').code });
			} catch (error) {
				refused.push({ ok: false, text: error instanceof Error ? error.message : String(error) });
			}
		}
		await this.#run(items, refused);
	}

	async #run(items: { label: string; code: string }[], earlier: ImportLine[] = []): Promise<void> {
		this.#busy = true;
		const lines = [...earlier];
		// The decoder (zod) and the gradebook writer load with the first code, while the
		// database opens (the layout opens it in any case); it is used only if a result decodes.
		const opening = items.length > 0 ? this.openDb() : null;
		opening?.catch(() => {});
		try {
			const [{ decodeResult }, { fromWireResult }, { importResults }] = await Promise.all([
				import('$lib/assign/link'),
				import('$lib/assign/attempt'),
				import('$lib/db/results')
			]);
			const results: AttemptResult[] = [];
			for (const { label, code } of items) {
				const bare = codesIn(code)[0] ?? '';
				if (kindOf(bare) === 'assignment') {
					lines.push({ ok: false, text: `${label}: this is an assignment link, not a student’s result.` });
					continue;
				}
				try {
					results.push(fromWireResult(await decodeResult(bare)));
				} catch (error) {
					lines.push({ ok: false, text: `${label}: ${error instanceof Error ? error.message : String(error)}` });
				}
			}
			if (results.length > 0) {
				for (const outcome of await importResults(await (opening ?? this.openDb()), results, this.clock())) {
					lines.push(
						outcome.status === 'refused'
							? { ok: false, text: `${isolate(outcome.studentName)}: not imported, because ${outcome.reason}` }
							: { ok: true, text: `${isolate(outcome.studentName)} (${isolate(outcome.title)}): ${STATUS_TEXT[outcome.status]}.` }
					);
				}
			}
		} catch (error) {
			lines.push({ ok: false, text: `No result was imported; nothing was changed: ${storageFailureReason(error)}` });
		} finally {
			this.#lines = lines;
			this.#busy = false;
		}
	}
}
