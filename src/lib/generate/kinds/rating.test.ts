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

/** A review's score on a line of its own under the headline, or lines that are no score. */
const OWN_LINE: [string, [number, number, boolean] | null][] = [
	// Exhibition review: stars in words, no scale (out of five).
	['Review: ‘Tide and Tar’ gives the painter room\n\nFour stars\n\nThe show opens today at the Quay Gallery.', [4, 5, true]],
	// Film review: star glyphs, filled and empty.
	['Harbour Lights review: a slow burn\n\n★★★☆☆\n\nThe film opens on Friday in most cities.', [3, 5, true]],
	// Album review: a bare score under a headline that says review.
	['Review: Salt Choir’s second album\n\n4/5\n\nThe band recorded it in a week.', [4, 5, false]],
	// Restaurant review: stars with their scale and a full stop.
	['Review: the Anchor Room\n\n2 stars out of 5.\n\nThe menu changes weekly.', [2, 5, true]],
	// News: a bare "3/5" under a headline with no review is no score (a date, a tally).
	['Council approves harbour plan\n\n3/5\n\nThe vote was close.', null],
	// Sport: a heading naming a medal table's stars is no line of stars alone.
	['Four stars of the relay team\n\nThe squad flew home on Monday.', null],
	// Travel: stars in a sentence are a hotel's, not the review's.
	['Review: the Gull Hotel\n\nThe hotel has four stars and a pool.', null],
	// A score above its scale is a misreading.
	['Review: the Anchor Room\n\n6 stars out of 5\n\nThe menu changes weekly.', null]
];

describe('a review’s score on a line of its own', () => {
	for (const [text, want] of OWN_LINE) {
		it(want ? `reads ${want[0]} out of ${want[1]} from "${text.slice(0, 40)}…"` : `reads no score from "${text.slice(0, 40)}…"`, () => {
			const got = factsOf(text, 'rating').map((f) => [f.value, f.scale, f.stars]);
			expect(got).toEqual(want ? [want] : []);
		});
	}

	it('asks the stars of a line under the headline as a number', () => {
		const q = questionsOf('Review: ‘Tide and Tar’ gives the painter room\n\nFour stars\n\nThe show opens today at the Quay Gallery.', 'rating')[0];
		expect(q?.type === 'numeric' && [q.prompt, q.answer]).toEqual(['How many stars out of five does the reviewer give “Tide and Tar”?', 4]);
	});
});

describe('a score line of its own in the bank', () => {
	it('is asked, though the line is outside the body ranking reads', async () => {
		const { generateBank } = await import('../index');
		const text = [
			'Harbour Lights review: a slow burn',
			'★★★☆☆',
			'Harbour Lights, the second film by the director Mara Quell, follows a lighthouse keeper through one winter on the island of Skarra. It runs for 128 minutes and was shot over 40 days in 2023. Quell cast the fisherman Ove Lind in the lead after seeing him at a village dance. The film opens on Friday in 60 cinemas.'
		].join('\n\n');
		const out = generateBank(text);
		const asked = out.ok ? out.bank.questions.find((q) => q.tags.includes('rating')) : undefined;
		expect(asked?.type === 'numeric' && [asked.prompt, asked.answer]).toEqual(['How many stars out of five does the reviewer give “Harbour Lights”?', 3]);
	});
});
