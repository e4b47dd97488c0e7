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
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('wrong numbers the prompt or the article rule out', () => {
	it('offers no more men than a side has left after a sending-off', () => {
		const text = 'Rovers finished with nine men after the sending-off of their captain, Tomas Brandt.';
		const facts = factsOf(text);
		for (const seed of SEEDS) {
			const d = values(numberDistractors(quantity(facts, 'nine'), facts, seed, 3, text));
			expect(d).toHaveLength(3);
			for (const v of d) expect(v).toBeLessThanOrEqual(10);
		}
	});

	it('keeps a new level written before its old one on the old one’s side, and near it', () => {
		const text = 'Freight income at the port fell to $310 million from $362 million after the strike.';
		const facts = factsOf(text);
		for (const seed of SEEDS) {
			const d = values(numberDistractors(quantity(facts, '$310 million'), facts, seed, 3, text));
			expect(d).toHaveLength(3);
			for (const v of d) {
				expect(v).toBeLessThan(362e6);
				expect(v).toBeGreaterThanOrEqual(362e6 - 3 * 52e6);
			}
		}
	});

	it('never offers the key rounded, nor a hedged figure of the article close to it', () => {
		const text = 'The new cells stored 2.8 times as much charge as the old ones. Engineers called that roughly three times the old cells’ charge.';
		const facts = factsOf(text);
		const key = quantity(facts, '2.8');
		for (const seed of SEEDS) {
			const d = values(numberDistractors(key, facts, seed, 3, splitSentences(text)[0].text));
			expect(d).toHaveLength(3);
			expect(d).not.toContain(3);
		}
	});
});
