import { describe, expect, it } from 'vitest';
import { parseNumber } from '../quiz/parse-number';
import { extractFacts, type FactOf } from './facts';
import { numberDistractors } from './number-distractors';
import { splitSentences } from './sentences';

const factsOf = (text: string) => extractFacts(splitSentences(text), { year: 2024, month: 5, day: 2 });
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Every wrong value offered for `answer` in `text`, over several seeds. */
function wrongValues(text: string, answer: string): number[] {
	const facts = factsOf(text);
	const key = facts.find((x): x is FactOf<'quantity'> => x.kind === 'quantity' && x.answer === answer);
	if (!key) throw new Error(`no quantity ${answer}: ${facts.map((x) => x.answer).join(', ')}`);
	return SEEDS.flatMap((seed) => numberDistractors(key, facts, seed, 3, text).map((x) => parseNumber(x) ?? NaN));
}

describe('the other end of a range bounds the wrong values', () => {
	// Each row: a sentence, the key, the range's other end, and the farthest a wrong value may lie from that end.
	const ranges: [string, string, number, number][] = [
		['Kestrel now expects full-year revenue of $5.55 billion to $5.65 billion, up from its earlier forecast.', '$5.65 billion', 5.55e9, 0.3e9],
		['Analysts expect a profit of $310 million to $350 million for the year.', '$350 million', 310e6, 120e6],
		['The group forecast earnings of between £1.2 billion and £1.5 billion.', '£1.5 billion', 1.2e9, 0.9e9],
		['The tunnel is now expected to cost €840 million to €910 million.', '€910 million', 840e6, 210e6]
	];
	it.each(ranges)('%s', (text, answer, end, reach) => {
		const key = parseNumber(answer) ?? NaN;
		const wrong = wrongValues(text, answer);
		for (const v of wrong) {
			expect(v > end).toBe(key > end);
			expect(Math.abs(v - end)).toBeLessThanOrEqual(reach + 1e-6 * Math.abs(end));
		}
	});

	// Near misses: a change "by … to …", a change "from … to …" (bounded by its own rule) and two
	// amounts of different sorts are no range: the choices spread beyond a range's tight reach.
	const notRanges: [string, string, number][] = [
		['Sales rose 5% to $1.41 billion in the third quarter.', '$1.41 billion', 1.41e9 * 1.15],
		['The bank lifted its forecast from $2.1 billion to $2.6 billion.', '$2.6 billion', 2.6e9 * 1.15],
		['Shares in Orrin fell 8% to 310 pence after the warning.', '310', 310 * 1.15]
	];
	it.each(notRanges)('%s', (text, answer, beyond) => {
		expect(wrongValues(text, answer).some((v) => v > beyond)).toBe(true);
	});
});

describe('a count taken out of a whole never passes it', () => {
	// Each row: a sentence, the key, and the whole no wrong count may pass.
	const table: [string, string, number][] = [
		['The guide rated the inn three stars out of five.', 'three', 5],
		['The jury gave the play 4 stars out of 5.', '4', 5],
		['Critics gave the album two stars out of four.', 'two', 4]
	];
	it.each(table)('%s', (text, answer, whole) => {
		const wrong = wrongValues(text, answer);
		expect(wrong.length).toBeGreaterThan(0);
		for (const v of wrong) expect(v).toBeLessThanOrEqual(whole);
	});

	// Near miss: a count "of" something that is no number keeps its usual spread.
	it('leaves a count of a named thing alone', () => {
		expect(wrongValues('The council sold 400 homes of the old estate to a trust.', '400').some((v) => v > 400)).toBe(true);
	});
});
