import { describe, expect, it } from 'vitest';
import { workReference, workTitle } from './references-work';

const review = 'Review: “The Salt House” at the Lantern. I saw “The Salt House” on Friday. “Go home,” she said.';

describe('the work a review is about', () => {
	it('is the title quoted most, in title case, at least twice', () => {
		expect(workTitle(review)).toBe('The Salt House');
		expect(workTitle('“Go home,” she said. “Go home,” he said.')).toBeNull();
		expect(workTitle('I saw “Brass Hours” once.')).toBeNull();
		expect(workTitle('“Brass Hours” and “The Salt House”, then “Brass Hours” and “The Salt House”.')).toBeNull();
	});

	it('names the work where a sentence opens on "the play" or "the novel"', () => {
		expect(workReference('The play runs for 2 hours 35 minutes.', review)?.to).toBe('“The Salt House”');
		expect(workReference('The production itself is handsome.', review)?.from).toBe('The production');
	});

	it('leaves other openings, and reviews with no one title, alone', () => {
		expect(workReference('The players ran for 2 hours.', review)).toBeNull();
		expect(workReference('Its cast is strong.', review)).toBeNull();
		expect(workReference('The play runs for 2 hours 35 minutes.', 'A review with no quoted title.')).toBeNull();
	});
});
