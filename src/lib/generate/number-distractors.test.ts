import { describe, expect, it } from 'vitest';
import { parseNumber } from '../quiz/parse-number';
import { extractFacts, type FactOf } from './facts';
import { numberDistractors } from './number-distractors';
import { splitSentences } from './sentences';

const factsOf = (text: string) => extractFacts(splitSentences(text), { year: 2024, month: 5, day: 2 });
const quantity = (facts: ReturnType<typeof factsOf>, answer: string): FactOf<'quantity'> => {
	const f = facts.find((x): x is FactOf<'quantity'> => x.kind === 'quantity' && x.answer === answer);
	if (!f) throw new Error(`no quantity ${answer}: ${facts.map((x) => x.answer).join(', ')}`);
	return f;
};
const values = (xs: string[]) => xs.map((x) => parseNumber(x) ?? NaN);

describe('numberDistractors', () => {
	it('never offers more players than a side fields, nor more wickets than an innings has', () => {
		const text = 'Rovers were reduced to ten men after Karel Novak was sent off. Daniel Osei took nine wickets for 31 runs.';
		const facts = factsOf(text);
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const men = numberDistractors(quantity(facts, 'ten'), facts, seed, 3, splitSentences(text)[0].text);
			expect(men).toHaveLength(3);
			for (const v of values(men)) expect(v).toBeLessThanOrEqual(11);
			for (const v of values(numberDistractors(quantity(facts, 'nine'), facts, seed, 3, splitSentences(text)[1].text))) expect(v).toBeLessThanOrEqual(10);
		}
	});

	it('keeps a new level near its old one: above it and no more than three times as far as the answer', () => {
		const text = 'Revenue rose from $5.55 billion to $6.1 billion last year.';
		const facts = factsOf(text);
		for (const seed of ['a', 'b', 'c']) {
			const d = values(numberDistractors(quantity(facts, '$6.1 billion'), facts, seed, 3, text));
			expect(d).toHaveLength(3);
			for (const v of d) {
				expect(v).toBeGreaterThan(5.55e9);
				expect(v).toBeLessThanOrEqual(5.55e9 + 3 * 0.55e9);
			}
		}
	});

	it('keeps the answer’s side of another number of the same sort in its sentence', () => {
		const facts = factsOf('Revenue rose from $1.31 billion to $1.52 billion last year. The firm has 900 staff.');
		const d = numberDistractors(quantity(facts, '$1.52 billion'), facts, 'seed', 6);
		expect(d.length).toBeGreaterThanOrEqual(3);
		for (const v of values(d)) expect(v).toBeGreaterThan(1.31);
	});

	it('keeps an earlier value below a later one', () => {
		const facts = factsOf('Sales accounted for 46% of revenue this year, compared with 38% in 2022.');
		for (const v of values(numberDistractors(quantity(facts, '38%'), facts, 'x', 6))) expect(v).toBeLessThan(46);
	});

	it('offers no share under half where the sentence says most', () => {
		const facts = factsOf('Sparta kept most of the possession, finishing the half with 61% of the ball.');
		const d = numberDistractors(quantity(facts, '61%'), facts, 'y', 6, 'Sparta kept most of the possession, finishing the half with 61% of the ball.');
		for (const v of values(d)) expect(v).toBeGreaterThan(50);
	});

	it('takes no implausible number from elsewhere in the article', () => {
		const facts = factsOf('The side kept 61% of the ball. About 96% of the seats were sold. Rain fell on 70% of days.');
		const d = numberDistractors(quantity(facts, '61%'), facts, 'z', 3);
		expect(d).not.toContain('96%');
		expect(d).toContain('70%');
	});

	it('takes no share from the article many times larger or smaller than the answer', () => {
		const facts = factsOf('The fatality rate stands at 1.7% this week. Children make up 14% of cases. The rate was 1.4% in May.');
		const d = numberDistractors(quantity(facts, '1.7%'), facts, 'q', 3);
		expect(d).not.toContain('14.0%');
		expect(d).toContain('1.4%');
	});

	it('writes every choice in words when the answer is in words', () => {
		const facts = factsOf('The crew waited ninety minutes for the storm to pass.');
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const d = numberDistractors(quantity(facts, 'ninety'), facts, seed, 3);
			expect(d).toHaveLength(3);
			for (const x of d) expect(x).toMatch(/^[a-z-]+$/);
		}
	});
});

describe('plausible and distinct wrong numbers', () => {
	it('offers no value within a fifth of a rounded answer', () => {
		const facts = factsOf('The plant will cost roughly 3.1 billion euros to build.');
		const f = quantity(facts, '3.1 billion');
		expect(f.qualifier).toBeTruthy();
		for (const seed of ['a', 'b', 'c', 'd', 'e'])
			for (const v of values(numberDistractors(f, facts, seed, 12))) expect(Math.abs(v - 3.1e9) / 3.1e9).toBeGreaterThanOrEqual(0.2);
	});

	it('offers no share of 90% or more for a share of 55%', () => {
		const facts = factsOf('The home side had 55% of the ball in the first half.');
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f'])
			for (const v of values(numberDistractors(quantity(facts, '55%'), facts, seed, 8))) expect(v).toBeLessThan(90);
	});
});
