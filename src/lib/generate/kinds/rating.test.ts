import { describe, expect, it } from 'vitest';
import { reviewedWork } from './rating';
import { factsOf, questionsOf } from './test-helpers';

/** Each line's score and scale, or nothing. */
const TABLE: [string, [number, number, boolean] | null][] = [
	// Theatre: stars, in words.
	['The run ends on 12 July. Rating: three stars out of five.', [3, 5, true]],
	// Product review: a score with no stars.
	['Score: four out of five.', [4, 5, false]],
	// Music: digits and a slash.
	['Rating: 4/5.', [4, 5, false]],
	// Film: a verdict label and a half star.
	['Verdict: 3.5 stars out of 5.', [3.5, 5, true]],
	// Restaurant: a ten-point scale.
	['Score: 7 out of 10.', [7, 10, false]],
	// Travel: a hotel's stars in a sentence are no verdict of the review.
	['The hotel, rated four stars out of five by guests, sits above the harbour.', null],
	// Sport: a match score is no rating.
	['Score: 2-1 to Harbridge after extra time.', null],
	// A score above its scale is a misreading.
	['Rating: six out of five.', null]
];

describe('a review’s score line', () => {
	for (const [text, want] of TABLE) {
		it(want ? `reads ${want[0]} out of ${want[1]} from "${text}"` : `reads no score from "${text.slice(0, 50)}"`, () => {
			const got = factsOf(text, 'rating').map((f) => [f.value, f.scale, f.stars]);
			expect(got).toEqual(want ? [want] : []);
		});
	}

	it('asks the score as a number, naming the work the headline reviews', () => {
		const text = 'The Harbour Wall review: a gripping first act\n\nA new play by Ines Roe. Rating: three stars out of five.';
		const q = questionsOf(text, 'rating')[0];
		expect(q?.type === 'numeric' && [q.prompt, q.answer]).toEqual(['How many stars out of five does the reviewer give “The Harbour Wall”?', 3]);
	});

	it('finds the reviewed work in the headline, or none', () => {
		expect(reviewedWork('The Salt House review: a storm-tossed drama')).toBe('“The Salt House”');
		expect(reviewedWork('Review: ‘Tide and Tar’ finally gives the painter her room')).toBe('“Tide and Tar”');
		expect(reviewedWork('Review: the Kestrel Trail 3 is a sensible boot with one flaw')).toBe('the Kestrel Trail 3');
		expect(reviewedWork('Council approves heat network')).toBe('');
	});
});
