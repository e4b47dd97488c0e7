import { describe, expect, it } from 'vitest';
import { applyOverrides, overridesSchema } from './overrides';
import type { BankInput } from './schema';

const bank: BankInput = {
	schemaVersion: 1,
	id: 'b',
	title: 'B',
	language: 'en',
	questions: [
		{ id: 'a', type: 'short_answer', prompt: 'Who?', answer: 'Ann' },
		{ id: 'b', type: 'flashcard', prompt: 'Bob', back: 'A builder' }
	]
};

describe('applyOverrides', () => {
	it('drops and edits questions by id', () => {
		const { bank: out, problems } = applyOverrides(bank, overridesSchema.parse({ drop: ['b'], edit: { a: { prompt: 'Who led?' } } }));
		expect(problems).toEqual([]);
		expect(out.questions).toEqual([{ id: 'a', type: 'short_answer', prompt: 'Who led?', answer: 'Ann' }]);
	});

	it('reports overrides that name questions the bank no longer has', () => {
		const { problems } = applyOverrides(bank, overridesSchema.parse({ drop: ['gone'], edit: { lost: { prompt: 'x' } } }));
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'drop.0: names "gone", which the generated bank does not have',
			'edit.lost: names "lost", which the generated bank does not have'
		]);
	});

	it('appends hand-written questions, refusing one whose id is taken', () => {
		const extra = { id: 'c', type: 'true_false' as const, prompt: 'Ann led.', answer: true };
		const { bank: out, problems } = applyOverrides(bank, overridesSchema.parse({ add: [extra, { ...extra, id: 'a' }] }));
		expect(out.questions.map((q) => q.id)).toEqual(['a', 'b', 'c', 'a']);
		expect(problems.map((p) => `${p.questionId}: ${p.field}: ${p.message}`)).toEqual(['a: id: is already the id of a generated question']);
	});

	it('never changes a question id or type', () => {
		const { bank: out, problems } = applyOverrides(bank, overridesSchema.parse({ edit: { a: { id: 'z', type: 'mcq' } } }));
		expect(problems.map((p) => p.field)).toEqual(['id', 'type']);
		expect(out.questions[0]).toMatchObject({ id: 'a', type: 'short_answer' });
	});

	it('rejects an overrides file with unknown keys', () => {
		expect(overridesSchema.safeParse({ remove: ['a'] }).success).toBe(false);
	});
});
