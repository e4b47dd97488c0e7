import { questionSchema, type Question } from '$lib/bank/schema';
import { editFields, formQuestion, lines, type FieldValues } from './edit-fields';

/**
 * The edit form's values checked by the bank's schema (zod). Apart from edit-fields.ts so that
 * Browse loads the schema when a card is saved, not with the page.
 */

export type EditResult = { ok: true; question: Question } | { ok: false; problems: { field: string; message: string }[] };

/**
 * The question the form makes from `original`: id, type, tags and source kept, the rest from
 * the form, checked by the bank's schema. Each problem names the field by its label, in words.
 */
export function editedQuestion(original: Question, values: FieldValues): EditResult {
	const result = questionSchema.safeParse(formQuestion(original, values));
	if (result.success) return { ok: true, question: result.data };
	const labels = new Map(editFields(original.type).map((f) => [f.name, f.label.replace(/ \(.*\)$/, '')]));
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const field = String(issue.path[0] ?? 'prompt');
			if (original.type === 'mcq' && field === 'answer') {
				const count = lines(values.choices ?? '').length;
				return { field, message: `Correct choice: must be the line number of one of the ${count} choices, from 1 to ${count}.` };
			}
			const item = typeof issue.path[1] === 'number' ? ` (line ${issue.path[1] + 1})` : '';
			return { field, message: `${labels.get(field) ?? field}${item}: ${wording(issue.message)}` };
		})
	};
}

/** zod's own phrasing for a wrong type, in words a learner reads. */
function wording(message: string): string {
	if (/^Invalid input: expected number/.test(message)) return 'must be a number.';
	if (/^Invalid input/.test(message)) return 'is missing or not valid.';
	return /[.)]$/.test(message) ? message : `${message}.`;
}
