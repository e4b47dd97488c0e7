import { describe, expect, it } from 'vitest';
import { generateBank } from '..';
import { questionsOf } from '../kinds/test-helpers';

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

describe('false statements on a bound', () => {
	it('makes none that changes a number the article gives only as a bound, and keeps the true one', () => {
		const text = 'More than 600 volunteers from Harwick cleared the canal banks in March. The Harwick trust paid 4,000 pounds for skips and gloves.';
		const statements = questionsOf(text, 'quantity').filter((q) => q.type === 'true_false');
		const bound = statements.filter((q) => q.prompt.includes('volunteers'));
		expect(bound.map((q) => q.answer)).toEqual([true]);
		expect(statements.some((q) => q.prompt.includes('pounds') && q.answer === false)).toBe(true);
	});
});

describe('a number typed into the sentence', () => {
	it('carries no unit when the sentence names what is counted after the blank', () => {
		const text = 'An audit at Harwick found 41 other sites where the rails had been left loose. The Harwick board met twice in March.';
		const typed = questionsOf(text, 'quantity').filter((q) => q.type === 'numeric' && q.prompt.includes('____'));
		expect(typed.length).toBeGreaterThan(0);
		for (const q of typed) expect(q.type === 'numeric' && q.unit).toBeFalsy();
	});
});

describe('wrong numbers on one end of a change', () => {
	it('keeps every wrong choice and false statement on the side of the other end', () => {
		const sentence = 'Harwick Museum welcomed 41,000 visitors, down from 57,000, after a storm shut its west wing in June.';
		const asked = questionsOf(`${sentence} The Harwick trust paid 4,000 pounds for nest boxes.`, 'quantity').filter((q) => q.source?.quote === sentence);
		const wrong = asked.flatMap((q) =>
			q.type === 'mcq' ? q.choices.filter((_, i) => i !== q.answer) : q.type === 'true_false' && !q.answer ? [/welcomed (\S+)/.exec(q.prompt)![1]] : []
		);
		expect(asked.some((q) => q.type === 'true_false' && !q.answer)).toBe(true);
		for (const w of wrong) expect(Number(w.replace(/,/g, ''))).toBeLessThan(57000);
	});
});
