import { z } from 'zod';
import type { Problem } from './errors';
import { questionSchema, type BankInput } from './schema';

/**
 * Hand corrections to a generated bank, kept in `questions/overrides/<bank-id>.json` so that
 * regenerating never loses them: `drop` removes questions by id, `edit` replaces some fields of
 * a question, `add` appends questions written by hand (for facts the generator does not ask).
 * The corrected bank is validated whole afterwards, like any bank.
 */
export const overridesSchema = z
	.object({
		drop: z.array(z.string().min(1)).default([]),
		edit: z.record(z.string().min(1), z.record(z.string(), z.unknown())).default({}),
		add: z.array(questionSchema).default([])
	})
	.strict();

export type Overrides = z.infer<typeof overridesSchema>;

const FIXED_FIELDS = new Set(['id', 'type']);

/** The bank with its overrides applied, and a problem for every override that no longer fits. */
export function applyOverrides(bank: BankInput, overrides: Overrides): { bank: BankInput; problems: Problem[] } {
	const problems: Problem[] = [];
	const ids = new Set(bank.questions.map((q) => q.id));
	overrides.drop.forEach((id, i) => {
		if (!ids.has(id)) problems.push({ path: `drop[${i}]`, field: `drop.${i}`, message: `names "${id}", which the generated bank does not have` });
	});
	for (const [id, fields] of Object.entries(overrides.edit)) {
		if (!ids.has(id)) problems.push({ path: `edit.${id}`, field: `edit.${id}`, message: `names "${id}", which the generated bank does not have` });
		for (const key of Object.keys(fields)) {
			if (FIXED_FIELDS.has(key)) problems.push({ path: `edit.${id}.${key}`, questionId: id, field: key, message: 'cannot be changed by an override' });
		}
	}
	const dropped = new Set(overrides.drop);
	const questions = bank.questions
		.filter((q) => !dropped.has(q.id))
		.map((q) => (overrides.edit[q.id] ? ({ ...q, ...overrides.edit[q.id], id: q.id, type: q.type } as typeof q) : q));
	overrides.add.forEach((q, i) => {
		if (ids.has(q.id)) problems.push({ path: `add[${i}].id`, questionId: q.id, field: 'id', message: 'is already the id of a generated question' });
	});
	return { bank: { ...bank, questions: [...questions, ...overrides.add] }, problems };
}
