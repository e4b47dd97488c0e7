import type { Question } from '$lib/bank/schema';
import { csvRows, csvText, type CsvRow } from './csv-rows';
import { cleanTags, DeckBuilder, textHash, titleFromFile } from './deck-builder';
import { messageOf } from './errors';
import { frontBack } from './front-back';
import { addNote } from './notes';
import { htmlToText, tidy } from './plain-text';
import { decodeText, lines } from './text';
import type { ImportFile, ImportResult } from './types';

// Anki's "Notes in Plain Text" (Anki 2.1.55 and later): `#key:value` header lines, then one
// note a row, fields quoted as in CSV. The headers read here are those Anki writes and reads:
// #separator, #html, #tags, #deck, #columns and the `#… column:N` ones.

const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };

interface Headers {
	separator?: string;
	html: boolean;
	tags: string[];
	deck?: string;
	columns?: string[];
	/** 0-based indexes of the columns that are not fields. */
	tagsColumn?: number;
	guidColumn?: number;
	special: Set<number>;
}

function readHeaders(text: string): Headers {
	const headers: Headers = { html: false, tags: [], special: new Set() };
	let columnsLine: string | undefined;
	for (const line of lines(text)) {
		const header = /^#([a-z ]+):(.*)$/i.exec(line);
		if (!header) {
			if (line.startsWith('#')) continue;
			break;
		}
		const key = header[1].trim().toLowerCase();
		const value = header[2].trim();
		if (key === 'separator') headers.separator = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : undefined);
		else if (key === 'html') headers.html = value.toLowerCase() === 'true';
		else if (key === 'tags') headers.tags = value.split(/\s+/);
		else if (key === 'deck') headers.deck = value;
		else if (key === 'columns') columnsLine = header[2];
		else if (key.endsWith(' column') && /^\d+$/.test(value)) {
			const index = Number(value) - 1;
			headers.special.add(index);
			if (key === 'tags column') headers.tagsColumn = index;
			if (key === 'guid column') headers.guidColumn = index;
		}
	}
	if (columnsLine !== undefined) {
		headers.columns = columnsLine.split(headers.separator ?? '\t').map((c) => c.trim());
		const tags = headers.columns.findIndex((c) => c.toLowerCase() === 'tags');
		if (tags >= 0 && headers.tagsColumn === undefined) {
			headers.tagsColumn = tags;
			headers.special.add(tags);
		}
	}
	return headers;
}

/** The separator Anki would guess from the first note line: tab, pipe, semicolon, then comma. */
function guessSeparator(text: string): string {
	const first = lines(text).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
	return ['\t', '|', ';', ','].find((s) => first.includes(s)) ?? '\t';
}

function noteOf(row: CsvRow, headers: Headers): { front: string; back: string; tags: string[]; guid?: string; media: number } {
	const fields: string[] = [];
	let media = 0;
	row.fields.forEach((raw, i) => {
		if (headers.special.has(i)) return;
		const plain = headers.html ? htmlToText(raw) : { text: tidy(raw), media: 0 };
		media += plain.media;
		fields.push(plain.text);
	});
	const tagField = headers.tagsColumn === undefined ? '' : (row.fields[headers.tagsColumn] ?? '');
	const [front = '', ...rest] = fields;
	return {
		front,
		back: rest.filter((f) => f !== '').join('\n'),
		tags: cleanTags([...headers.tags, ...tagField.split(/\s+/)]),
		guid: headers.guidColumn === undefined ? undefined : row.fields[headers.guidColumn],
		media
	};
}

/** Reads an Anki plain-text export as a deck of flashcards and cloze questions. Never throws. */
export function readAnkiText(file: ImportFile): ImportResult {
	try {
		const text = decodeText(file.bytes);
		const headers = readHeaders(text);
		const builder = new DeckBuilder();
		const { rows } = csvRows(text, { delimiter: headers.separator ?? guessSeparator(text), comments: '#' });
		for (const row of rows) {
			const where = `line ${row.line}`;
			if (row.problem) {
				builder.skip(where, row.problem);
				continue;
			}
			const note = noteOf(row, headers);
			builder.media += note.media;
			if (!note.front) {
				builder.skip(where, 'has no front');
				continue;
			}
			addNote(builder, { where, idBase: note.guid || `${note.front.slice(0, 40)}-${textHash(note.front)}`, ...note });
		}
		return { ok: true, deck: builder.deck(headers.deck?.split('::').pop() || titleFromFile(file.name)) };
	} catch (error) {
		return { ok: false, message: messageOf(error, file.name) };
	}
}

/** Anki's tags are separated by spaces, so a space inside a tag becomes `_`. */
const ankiTag = (tag: string) => tag.replace(/\s+/g, '_');

/** Writes questions as an Anki plain-text file (tab separated, plain text, a Tags column). */
export function writeAnkiText(title: string, questions: readonly Question[]): string {
	const header = ['#separator:tab', '#html:false', `#deck:${title.replace(/[\r\n]+/g, ' ')}`, '#columns:Front\tBack\tTags', '#tags column:3'];
	const rows = questions.map((q) => {
		const { front, back } = frontBack(q);
		return [front, back, q.tags.map(ankiTag).join(' ')];
	});
	return `${header.join('\n')}\n${csvText(rows, '\t')}`;
}
