import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

/** Each text's quantities, by the number's text: a review's score line is the rating kind's, never a count. */
const TABLE: [string, string[]][] = [
	// Theatre: a score line in words gives no count of stars.
	['Rating: three stars out of five.', []],
	// Film: digits and a half star.
	['Verdict: 3.5 stars out of 5.', []],
	// Product review: a score with no stars.
	['Score: four out of five.', []],
	// Travel: a hotel's stars in a sentence are a count like any other.
	['The inn, which has four stars, keeps 30 rooms above the quay.', ['30']],
	// Food: a count beside a score line in the same review is still read.
	['The kitchen seats 48 diners on two floors.', ['48']],
	// Sport: a points total is a count.
	['The winners scored 27 points in the second half.', ['27']]
];

describe('quantities beside a review’s score line', () => {
	for (const [text, want] of TABLE) {
		it(`reads [${want.join(', ')}] from "${text}"`, () => {
			const got = factsOf(text, 'quantity').map((f) => f.answer);
			for (const w of want) expect(got).toContain(w);
			if (want.length === 0) expect(got).toEqual([]);
		});
	}
});
