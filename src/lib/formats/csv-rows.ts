import Papa from 'papaparse';

/** One row of a delimited file, with the line it starts on, or what is wrong with it. */
export interface CsvRow {
	line: number;
	fields: string[];
	problem?: string;
}

const PROBLEMS: Record<string, string> = {
	MissingQuotes: 'a quoted field is never closed (a " is missing)',
	InvalidQuotes: 'a quoted field has text after its closing "',
	TooFewFields: 'has too few fields',
	TooManyFields: 'has too many fields'
};

export interface CsvOptions {
	/** The field separator; undefined lets papaparse guess among comma, tab, semicolon, pipe. */
	delimiter?: string;
	/** Lines starting with this are skipped (Anki's headers and comments). */
	comments?: string;
}

/**
 * The rows of a delimited text with double-quote quoting, read by papaparse, each with the
 * line it starts on so that a message can point at it. Empty lines are skipped.
 */
export function csvRows(text: string, options: CsvOptions = {}): { rows: CsvRow[]; delimiter: string } {
	const rows: CsvRow[] = [];
	const starts = lineStarts(text);
	let cursor = 0;
	let delimiter = options.delimiter ?? ',';
	Papa.parse<string[]>(text, {
		delimiter: options.delimiter ?? '',
		delimitersToGuess: [',', '\t', ';', '|'],
		comments: options.comments ?? false,
		skipEmptyLines: 'greedy',
		step: (result) => {
			const line = lineAt(starts, text, cursor, options.comments);
			cursor = result.meta.cursor;
			delimiter = result.meta.delimiter;
			// A delimiter papaparse could not guess is a warning: it falls back to a comma.
			const error = result.errors.find((e) => e.type !== 'Delimiter');
			const problem = error ? (PROBLEMS[error.code] ?? error.message) : undefined;
			rows.push({ line, fields: result.data, ...(problem ? { problem } : {}) });
		}
	});
	return { rows, delimiter };
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
	}
	return starts;
}

/** The 1-based line of the first row that starts at or after `offset`: blank and comment lines are passed over. */
function lineAt(starts: number[], text: string, offset: number, comments: string | undefined): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	let line = starts[lo] < offset ? lo + 1 : lo;
	while (line < starts.length) {
		const end = line + 1 < starts.length ? starts[line + 1] : text.length;
		const content = text.slice(starts[line], end).trim();
		if (content !== '' && !(comments && content.startsWith(comments))) break;
		line++;
	}
	return Math.min(line, starts.length - 1) + 1;
}

/** Fields as one delimited line each, every field quoted so that none can pass for a comment (the inverse of csvRows). */
export function csvText(rows: string[][], delimiter: string): string {
	return Papa.unparse(rows, { delimiter, newline: '\n', quotes: true }) + '\n';
}
