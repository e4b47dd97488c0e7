import type { Question } from '$lib/bank/schema';
import { readAnkiText, writeAnkiText } from './anki-text';
import { readApkg, type ApkgEnv } from './apkg';
import { readCsv, writeCsv } from './csv';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import { readQuizlet, writeQuizlet, type QuizletSeparator } from './quizlet';
import type { ImportFile, ImportResult } from './types';

/**
 * The formats cards come in from, one entry each. A request names a format and carries the
 * options that format alone has (Quizlet's separator), so no format reads another's options.
 */
export type ImportRequest =
	{ format: 'anki-text' } | { format: 'apkg' } | { format: 'quizlet'; separator: QuizletSeparator } | { format: 'csv' } | { format: 'gift' };

export type FormatId = ImportRequest['format'];

export interface FormatInfo<F extends FormatId> {
	id: F;
	/** File name endings this format is guessed from, lowercase with the dot. */
	extensions: readonly string[];
	read: (file: ImportFile, request: Extract<ImportRequest, { format: F }>, env: ApkgEnv) => ImportResult | Promise<ImportResult>;
	/** Writes questions in this format; absent for formats Factdeck only reads. */
	write?: (title: string, questions: readonly Question[]) => string;
}

export const FORMATS: { [F in FormatId]: FormatInfo<F> } = {
	'anki-text': {
		id: 'anki-text',
		extensions: ['.txt', '.tsv'],
		read: (file) => readAnkiText(file),
		write: writeAnkiText
	},
	apkg: { id: 'apkg', extensions: ['.apkg', '.colpkg'], read: (file, _r, env) => readApkg(file, env) },
	quizlet: {
		id: 'quizlet',
		extensions: [],
		read: (file, request) => readQuizlet(file, request.separator),
		write: (_title, questions) => writeQuizlet(questions)
	},
	csv: { id: 'csv', extensions: ['.csv'], read: (file) => readCsv(file), write: (_t, q) => writeCsv(q) },
	gift: { id: 'gift', extensions: ['.gift'], read: (file) => readGift(file), write: (_t, q) => writeGift(q) }
};

export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

/** Reads a file in the requested format. Never throws: a failure is a result with a message. */
export async function readImport(file: ImportFile, request: ImportRequest, env: ApkgEnv): Promise<ImportResult> {
	const format = FORMATS[request.format] as FormatInfo<FormatId>;
	try {
		return await format.read(file, request, env);
	} catch (error) {
		return { ok: false, message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
	}
}

/** The format a file's name suggests; text files default to Anki plain text. */
export function guessFormat(name: string): FormatId {
	const lower = name.toLowerCase();
	return FORMAT_IDS.find((id) => FORMATS[id].extensions.some((ext) => lower.endsWith(ext))) ?? 'anki-text';
}
