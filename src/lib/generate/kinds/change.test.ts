import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const text = 'The price of rye bread rose from 6 cents to 19 cents a loaf between December and February.';

describe('changes', () => {
	it('reads what changed, its direction and both values', () => {
		const [f] = factsOf(text, 'change');
		expect([f?.subject, f?.up, f?.from, f?.answer]).toEqual(['the price of rye bread', true, '6 cents', '19 cents']);
	});

	it('asks how it changed, with the whole change on the back and its reverse among the choices', () => {
		const qs = questionsOf(text, 'change');
		const card = qs.find((q) => q.type === 'flashcard');
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'How did the price of rye bread change between December and February?',
			'It rose from 6 cents to 19 cents a loaf between December and February'
		]);
		const mcq = qs.find((q) => q.type === 'mcq');
		expect(mcq?.type === 'mcq' && mcq.choices).toContain('It fell from 19 cents to 6 cents');
		expect(mcq?.type === 'mcq' && mcq.choices[mcq.answer]).toBe('It rose from 6 cents to 19 cents');
	});
});
