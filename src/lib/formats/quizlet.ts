import type { Question } from '$lib/bank/schema';
import { DeckBuilder, textHash, titleFromFile } from './deck-builder';
import { messageOf } from './errors';
import { frontBack } from './front-back';
import { addNote } from './notes';
import { tidy } from './plain-text';
import { decodeText, lines } from './text';
import type { ImportFile, ImportResult } from './types';

// Quizlet's export: one card a line, the term and the definition split by a separator the
// learner chose there (tab by default, comma, or any text). No quoting: the first separator on
// a line splits it, so a definition may hold the separator again.

export type QuizletSeparator = { kind: 'tab' } | { kind: 'comma' } | { kind: 'custom'; text: string };

const separatorText = (s: QuizletSeparator): string => (s.kind === 'tab' ? '\t' : s.kind === 'comma' ? ',' : s.text);
const separatorName = (s: QuizletSeparator): string => (s.kind === 'custom' ? `"${s.text}"` : s.kind);

/** Reads Quizlet term/definition text as flashcards. Never throws. */
export function readQuizlet(file: ImportFile, separator: QuizletSeparator = { kind: 'tab' }): ImportResult {
	try {
		const sep = separatorText(separator);
		if (sep === '') return { ok: false, message: `${file.name}: the separator between term and definition is empty.` };
		const builder = new DeckBuilder();
		lines(decodeText(file.bytes)).forEach((line, i) => {
			if (line.trim() === '') return;
			const where = `line ${i + 1}`;
			const at = line.indexOf(sep);
			if (at < 0) {
				builder.skip(where, `has no ${separatorName(separator)} between term and definition`);
				return;
			}
			const front = tidy(line.slice(0, at));
			const back = tidy(line.slice(at + sep.length));
			if (!front) builder.skip(where, 'has no term');
			else addNote(builder, { where, idBase: `${front.slice(0, 40)}-${textHash(front)}`, front, back, tags: [] });
		});
		return { ok: true, deck: builder.deck(titleFromFile(file.name)) };
	} catch (error) {
		return { ok: false, message: messageOf(error, file.name) };
	}
}

/** Writes questions as Quizlet text, one a line; line breaks in a side become " / ". */
export function writeQuizlet(questions: readonly Question[], separator: QuizletSeparator = { kind: 'tab' }): string {
	const sep = separatorText(separator);
	const flat = (s: string) => s.replace(/\s*\n\s*/g, ' / ').replaceAll(sep, ' ');
	return questions
		.map((q) => frontBack(q))
		.map(({ front, back }) => `${flat(front)}${sep}${flat(back)}\n`)
		.join('');
}
