import { describe, expect, it } from 'vitest';
import { generateBank } from '..';

const article = `Harbour Foods said on Tuesday that its shares closed at $63.20 after the results were published.
The company raised $231,000 for local charities during the year. About 40% of its staff work part time.
Its new warehouse in Leeds employs 320 people and covers 12,000 square metres.
Chief executive Maria Olsen said the firm would open a second warehouse in 2026.`;

describe('quantity keys', () => {
	it('prints money and shares as the article prints them, never as a bare number and a unit', () => {
		const outcome = generateBank(article);
		if (!outcome.ok) throw new Error(outcome.reason);
		const questions = outcome.bank.questions;
		for (const q of questions) if (q.type === 'numeric') expect(q.unit ?? '').not.toMatch(/^(?:[$€£%]|US\$)$/);
		const keys = questions.flatMap((q) => (q.type === 'short_answer' || q.type === 'cloze' ? [q.answer] : q.type === 'mcq' ? q.choices : []));
		expect(keys.some((k) => /^\$231,000$|^\$63\.20$|^40%$/.test(k))).toBe(true);
	});
});
