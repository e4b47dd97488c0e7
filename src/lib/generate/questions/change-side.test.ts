import { describe, expect, it } from 'vitest';
import { keepsSide } from './change-side';

/** The sentence split at its number, marked [n]: what comes before it and after it. */
function around(sentence: string): [string, string, string] {
	const m = /\[([^\]]+)\]/.exec(sentence)!;
	return [sentence.slice(0, m.index), sentence.slice(m.index + m[0].length), m[1]];
}

describe('keepsSide', () => {
	it.each([
		['The library lent [118] e-readers, up from 112 the year before.', '104', false],
		['The library lent [118] e-readers, up from 112 the year before.', '131', true],
		['Pupil numbers fell from 212 in 1964 to [168] in 1968.', '230', false],
		['Pupil numbers fell from 212 in 1964 to [168] in 1968.', '150', true],
		['Pupil numbers fell from [212] in 1964 to 168 in 1968.', '150', false],
		['Pupil numbers fell from [212] in 1964 to 168 in 1968.', '240', true],
		['The jobless rate rose to [4.8 per cent] in March from 4.4 per cent a year earlier.', '4.1 per cent', false],
		['The jobless rate rose to [4.8 per cent] in March from 4.4 per cent a year earlier.', '5.3 per cent', true],
		['Revenue slipped to [£1.1bn] from £1.4bn.', '£1.6bn', false],
		['Revenue slipped to [£1.1bn] from £1.4bn.', '£900 million', true]
	])('%s with %s: %s', (sentence, wrong, kept) => {
		const [before, after, answer] = around(sentence);
		expect(keepsSide(before, after, answer, wrong)).toBe(kept);
	});

	it('lets any wrong value stand where the number is no end of a change', () => {
		const [before, after, answer] = around('The committee wrote to [31] companies from its office in Leeds.');
		expect(keepsSide(before, after, answer, '12')).toBe(true);
		expect(keepsSide(before, after, answer, '48')).toBe(true);
	});
});
