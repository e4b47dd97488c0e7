import type { Question } from '$lib/bank/schema';
import { csvRows, csvText } from './csv-rows';
import { cleanTags, DeckBuilder, textHash, titleFromFile } from './deck-builder';
import { messageOf } from './errors';
import { frontBack } from './front-back';
import { addNote } from './notes';
import { tidy } from './plain-text';
import { decodeText } from './text';
import type { ImportFile, ImportResult } from './types';

// A spreadsheet saved as CSV: front, back and, optionally, tags (separated by spaces or
// semicolons). A first row naming the columns (front/question/term, back/answer/definition,
// tags) is read as a header and may put them in any order. The separator is guessed.

const NAMES: Record<string, 'front' | 'back' | 'tags'> = {
	front: 'front',
	question: 'front',
	term: 'front',
	prompt: 'front',
	back: 'back',
	answer: 'back',
	definition: 'back',
	tags: 'tags'
};

type Roles = { front: number; back: number; tags?: number };

function headerRoles(fields: string[]): Roles | null {
	const roles: Partial<Roles> = {};
	fields.forEach((f, i) => {
		const role = NAMES[f.trim().toLowerCase()];
		if (role && roles[role] === undefined) roles[role] = i;
	});
	return roles.front !== undefined && roles.back !== undefined ? { front: roles.front, back: roles.back, tags: roles.tags } : null;
}

/** Reads a CSV file as flashcards (and cloze questions where the front holds `{{c1::…}}`). Never throws. */
export function readCsv(file: ImportFile): ImportResult {
	try {
		const builder = new DeckBuilder();
		const { rows } = csvRows(decodeText(file.bytes));
		const header = rows.length > 0 && !rows[0].problem ? headerRoles(rows[0].fields) : null;
		const roles: Roles = header ?? { front: 0, back: 1, tags: 2 };
		for (const row of header ? rows.slice(1) : rows) {
			const where = `line ${row.line}`;
			if (row.problem) {
				builder.skip(where, row.problem);
				continue;
			}
			if (row.fields.length < 2) {
				builder.skip(where, `has ${row.fields.length} column; needs a front and a back`);
				continue;
			}
			const front = tidy(row.fields[roles.front] ?? '');
			const back = row.fields
				.filter((_, i) => i !== roles.front && i !== roles.tags)
				.map(tidy)
				.filter((f) => f !== '')
				.join('\n');
			const tags = cleanTags((roles.tags === undefined ? '' : (row.fields[roles.tags] ?? '')).split(/[\s;]+/));
			if (!front) builder.skip(where, 'has no front');
			else addNote(builder, { where, idBase: `${front.slice(0, 40)}-${textHash(front)}`, front, back, tags });
		}
		return { ok: true, deck: builder.deck(titleFromFile(file.name)) };
	} catch (error) {
		return { ok: false, message: messageOf(error, file.name) };
	}
}

/** Writes questions as CSV with a header row: front, back, tags (tags separated by "; "). */
export function writeCsv(questions: readonly Question[]): string {
	const rows = questions.map((q) => {
		const { front, back } = frontBack(q);
		return [front, back, q.tags.join('; ')];
	});
	return csvText([['front', 'back', 'tags'], ...rows], ',');
}
