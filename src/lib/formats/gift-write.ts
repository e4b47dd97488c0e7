import { escapeUTF8 } from 'entities';
import { BLANK, type Question, type QuestionType } from '$lib/bank/schema';

// Questions as Moodle GIFT: the id as the title, special characters escaped, the explanation
// as general feedback, tags as `// [tag:…]` comments, text written as
// escaped HTML so that it reads back exactly. A flashcard becomes a short-answer
// question (GIFT has no self-graded cards).

/**
 * Text as GIFT in [html] format: HTML-escaped first (GIFT has no escape for "->", which would
 * make a matching question, but "-&gt;" reads back as "->"), then GIFT's own escapes.
 */
const escape = (s: string) =>
	escapeUTF8(s)
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');

type Writer<T extends QuestionType> = (q: Extract<Question, { type: T }>) => string;

const answers = (answer: string, accept: string[] = []) => [answer, ...accept].map((a) => `=${escape(a)}`).join(' ');

const WRITERS: { [T in QuestionType]: Writer<T> } = {
	mcq: (q) => `${escape(q.prompt)} {${q.choices.map((c, i) => `${i === q.answer ? '=' : '~'}${escape(c)}`).join(' ')}${feedback(q.explanation)}}`,
	true_false: (q) => `${escape(q.prompt)} {${q.answer ? 'TRUE' : 'FALSE'}${feedback(q.explanation)}}`,
	short_answer: (q) => `${escape(q.prompt)} {${answers(q.answer, q.accept)}${feedback(q.explanation)}}`,
	numeric: (q) => `${escape(q.prompt)} {#${q.answer}${q.tolerance ? `:${q.tolerance}` : ''}${feedback(q.explanation)}}`,
	flashcard: (q) => `${escape(q.prompt)} {=${escape(q.back)}${feedback(q.explanation)}}`,
	cloze: (q) => {
		const [before, after] = q.prompt.split(BLANK);
		return `${escape(before)}{${answers(q.answer, q.accept)}${feedback(q.explanation)}}${escape(after)}`;
	}
};

function feedback(explanation: string | undefined): string {
	return explanation ? ` ####${escape(explanation)}` : '';
}

/** Writes questions as a GIFT file, one question a paragraph. */
export function writeGift(questions: readonly Question[]): string {
	return questions
		.map((q) => {
			const tags = q.tags.length ? `// ${q.tags.map((t) => `[tag:${t.replace(/[\]\s]+/g, '_')}]`).join(' ')}\n` : '';
			const write = WRITERS[q.type] as Writer<QuestionType>;
			return `${tags}::${escape(q.id)}:: [html]${write(q)}\n`;
		})
		.join('\n');
}
