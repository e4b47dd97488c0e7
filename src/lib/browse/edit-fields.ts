import type { Question, QuestionType } from '$lib/bank/schema';

/**
 * A question as an edit form holds it: a few text fields per type, each with its label and
 * kind of input. One entry per question type in one registry: it says which fields the type
 * has, how a question fills them and how they make a question again. What the fields make is
 * then checked by the bank's own schema (edited-question.ts), so an edited card is held to the
 * rules of a bank file. No zod here: Browse draws the form from this file alone.
 */

/** `long`: text that may run to a few lines; `lines`: a list, one item a line. */
export type FieldInput = 'text' | 'long' | 'lines' | 'number' | 'choice';

export interface EditField {
	name: string;
	label: string;
	input: FieldInput;
	/** For `choice`: the options, as value and label. */
	options?: { value: string; label: string }[];
	required: boolean;
}

export type FieldValues = Record<string, string>;

interface TypeFields<Q extends Question> {
	fields: EditField[];
	read(q: Q): FieldValues;
	/** The question's own fields from the form, before the schema checks them. */
	write(values: FieldValues): Record<string, unknown>;
}

/** A list typed one item a line, blank lines left out. */
export const lines = (text: string): string[] =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '');
const optionalLines = (text: string): string[] | undefined => (lines(text).length === 0 ? undefined : lines(text));
const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text);
/** A number typed in a form; text that is not one stays text, for the schema to name. */
const number = (text: string): unknown => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));
const optionalNumber = (text: string): unknown => (text.trim() === '' ? undefined : number(text));

const accept: EditField = { name: 'accept', label: 'Also accepted (one a line)', input: 'lines', required: false };

const FIELDS: { [K in QuestionType]: TypeFields<Extract<Question, { type: K }>> } = {
	mcq: {
		fields: [
			{ name: 'choices', label: 'Choices (one a line)', input: 'lines', required: true },
			{ name: 'answer', label: 'Correct choice (its line number, from 1)', input: 'number', required: true }
		],
		read: (q) => ({ choices: q.choices.join('\n'), answer: String(q.answer + 1) }),
		write: (v) => {
			const answer = number(v.answer);
			return { choices: lines(v.choices), answer: typeof answer === 'number' ? answer - 1 : answer };
		}
	},
	true_false: {
		fields: [
			{
				name: 'answer',
				label: 'The statement is',
				input: 'choice',
				options: [
					{ value: 'true', label: 'True' },
					{ value: 'false', label: 'False' }
				],
				required: true
			}
		],
		read: (q) => ({ answer: String(q.answer) }),
		write: (v) => ({ answer: v.answer === 'true' })
	},
	cloze: {
		fields: [{ name: 'answer', label: 'Answer for the blank', input: 'text', required: true }, accept],
		read: (q) => ({ answer: q.answer, accept: (q.accept ?? []).join('\n') }),
		write: (v) => ({ answer: v.answer, accept: optionalLines(v.accept) })
	},
	short_answer: {
		fields: [{ name: 'answer', label: 'Answer', input: 'text', required: true }, accept],
		read: (q) => ({ answer: q.answer, accept: (q.accept ?? []).join('\n') }),
		write: (v) => ({ answer: v.answer, accept: optionalLines(v.accept) })
	},
	numeric: {
		fields: [
			{ name: 'answer', label: 'Answer (a number)', input: 'number', required: true },
			{ name: 'tolerance', label: 'Tolerance (optional)', input: 'number', required: false },
			{ name: 'unit', label: 'Unit (optional)', input: 'text', required: false }
		],
		read: (q) => ({ answer: String(q.answer), tolerance: q.tolerance === undefined ? '' : String(q.tolerance), unit: q.unit ?? '' }),
		write: (v) => ({ answer: number(v.answer), tolerance: optionalNumber(v.tolerance), unit: optionalText(v.unit) })
	},
	flashcard: {
		fields: [{ name: 'back', label: 'Back', input: 'long', required: true }],
		read: (q) => ({ back: q.back }),
		write: (v) => ({ back: v.back })
	}
};

const COMMON: EditField[] = [{ name: 'prompt', label: 'Question', input: 'long', required: true }];
const EXPLANATION: EditField = { name: 'explanation', label: 'Explanation (optional)', input: 'long', required: false };

function entry(type: QuestionType): TypeFields<Question> {
	return FIELDS[type] as unknown as TypeFields<Question>;
}

/** The fields of the edit form of a question of this type, in order. */
export function editFields(type: QuestionType): EditField[] {
	return [...COMMON, ...entry(type).fields, EXPLANATION];
}

/** The form's values for a question as stored. */
export function fieldValues(question: Question): FieldValues {
	return { prompt: question.prompt, explanation: question.explanation ?? '', ...entry(question.type).read(question) };
}

/**
 * What the form makes of `original`, before the schema checks it: id, type, tags and source
 * kept, the rest from the form.
 */
export function formQuestion(original: Question, values: FieldValues): Record<string, unknown> {
	return {
		id: original.id,
		type: original.type,
		tags: original.tags,
		...(original.source ? { source: original.source } : {}),
		prompt: values.prompt ?? '',
		explanation: optionalText(values.explanation ?? ''),
		...entry(original.type).write(values)
	};
}
