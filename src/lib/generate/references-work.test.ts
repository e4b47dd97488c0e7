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

	it('is the title the headline gives, quoted or before its author or "review"', () => {
		expect(workTitle('Review: ‘Glass Harbour’ lets its cast breathe\nThe play opens in a storm.')).toBe('Glass Harbour');
		expect(workTitle('Review: The Lantern Keepers by Ada Okoro – a slow burn\nThe novel is long.')).toBe('The Lantern Keepers');
		expect(workTitle('Northern Lines review: a tour that earns its encores\nThe show ran late.')).toBe('Northern Lines');
		// A headline that is no review's names no work, whatever it says "by".
		expect(workTitle('Harbour bridge reopened by council after repairs\nThe bridge is open.')).toBeNull();
		// A headline title beats a part quoted more often than it.
		expect(workTitle('Review: The Lantern Keepers by Ada Okoro\nThe finale, “Embers”, works. “Embers” is the best part.')).toBe('The Lantern Keepers');
	});

	it('is never a title quoted in a list beside others: those are its parts', () => {
		const parts = 'A novel of three parts, titled “Tide”, “Ledger” and “Ash”. The trouble begins in “Ash”.';
		expect(workTitle(parts)).toBeNull();
		expect(workTitle('Songs: “Low Sun” or “Dry Dock”. Then “Low Sun” again, and “Low Sun” once more.')).toBe('Low Sun');
		expect(workTitle('The rooms, “North”, “South”, hold prints. “South” is best.')).toBeNull();
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
