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
	it('offers no more men than a side has left, however the report words the dismissal', () => {
		for (const text of [
			'Pellow played the last half-hour a man down and held on with nine men for the draw.',
			'The ten-man hosts, who lost Ivers to a straight red, defended with nine players until the end.',
			'Kelso saw out the game with nine men after a second booking for Brandt.'
		]) {
			const facts = factsOf(text);
			const key = facts.find((x): x is FactOf<'quantity'> => x.kind === 'quantity' && /nine/.test(x.answer));
			if (!key) throw new Error(`no count in ${text}`);
			for (const seed of SEEDS) for (const v of values(numberDistractors(key, facts, seed, 3, text))) expect(v).toBeLessThanOrEqual(10);
		}
	});

	it('offers no wrong value a reader who remembers the rough figure cannot tell from the key', () => {
		for (const [text, answer] of [
			['Turnout reached 44.9% in the second round, just below the 45.2% of the first round.', '44.9%'],
			['The index closed at 7,412.6 on Friday.', '7,412.6'],
			['Revenue rose from $5.55 billion to $6.1 billion last year.', '$6.1 billion']
		]) {
			const facts = factsOf(text);
			const key = parseNumber(answer) ?? NaN;
			for (const seed of SEEDS) {
				const d = values(numberDistractors(quantity(facts, answer), facts, seed, 3, text));
				for (const [i, v] of d.entries()) for (const w of [key, ...d.slice(i + 1)]) expect(Math.abs(v - w)).toBeGreaterThanOrEqual(0.04 * key - 1e-9);
			}
		}
	});
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
