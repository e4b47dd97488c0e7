import type { Question } from '$lib/bank/schema';
import { readAnkiText, writeAnkiText } from './anki-text';
import { readApkg, type ApkgEnv } from './apkg';
import { readCsv, writeCsv } from './csv';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import { readQuizlet, writeQuizlet, type QuizletSeparator } from './quizlet';
import { FormatError } from './errors';
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
	/** Writing questions in this format; absent for formats Factdeck only reads. */
	write?: FormatWriter;
}

export interface FormatWriter {
	/** The ending of a written file's name, with the dot. */
	extension: string;
	text: (title: string, questions: readonly Question[]) => string;
}

export const FORMATS: { [F in FormatId]: FormatInfo<F> } = {
	'anki-text': {
		id: 'anki-text',
		extensions: ['.txt', '.tsv'],
		read: (file) => readAnkiText(file),
		write: { extension: '.txt', text: writeAnkiText }
	},
	apkg: { id: 'apkg', extensions: ['.apkg', '.colpkg'], read: (file, _r, env) => readApkg(file, env) },
	quizlet: {
		id: 'quizlet',
		// Quizlet exports have no ending of their own; this is the one Factdeck writes them with.
		extensions: ['.quizlet.txt'],
		read: (file, request) => readQuizlet(file, request.separator),
		write: { extension: '.quizlet.txt', text: (_title, questions) => writeQuizlet(questions) }
	},
	csv: { id: 'csv', extensions: ['.csv'], read: (file) => readCsv(file), write: { extension: '.csv', text: (_t, q) => writeCsv(q) } },
	gift: { id: 'gift', extensions: ['.gift'], read: (file) => readGift(file), write: { extension: '.gift', text: (_t, q) => writeGift(q) } }
};

export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

/** The formats Factdeck can write a deck in (a test checks each has a writer). */
export const EXPORT_FORMAT_IDS = ['anki-text', 'quizlet', 'csv', 'gift'] as const satisfies readonly FormatId[];
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** A deck written in `format`: the file's text and a name made from the deck's title. */
export function writeExport(format: ExportFormatId, title: string, questions: readonly Question[]): { fileName: string; text: string } {
	const writer = FORMATS[format].write;
	if (!writer) throw new FormatError(`Factdeck cannot write ${format} files.`);
	const base =
		title
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 80) || 'deck';
	return { fileName: `${base}${writer.extension}`, text: writer.text(title, questions) };
}

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
	// The longest ending that fits wins, so "x.quizlet.txt" is Quizlet and "x.txt" Anki text.
	const matches = FORMAT_IDS.flatMap((id) => FORMATS[id].extensions.filter((ext) => lower.endsWith(ext)).map((ext) => ({ id, ext })));
	matches.sort((a, b) => b.ext.length - a.ext.length);
	return matches[0]?.id ?? 'anki-text';
}
