import { describe, expect, it } from 'vitest';
import { contradict } from './contradict';

describe('contradicting a claim', () => {
	it('swaps a comparative for its opposite', () => {
		expect(contradict('scored higher on memory tests')).toBe('scored lower on memory tests');
	});

	it('turns "more" before a plural noun into "fewer", and "fewer" into "more"', () => {
		expect(contradict('the scheme trained more apprentices this year')).toBe('the scheme trained fewer apprentices this year');
		expect(contradict('the clinic saw fewer patients')).toBe('the clinic saw more patients');
		expect(contradict('the tickets cost more money')).toBe('the tickets cost less money');
		expect(contradict('the new model is more efficient')).toBe('the new model is less efficient');
		expect(contradict('more than 300 homes lost power')).toBe('less than 300 homes lost power');
	});

	it('negates the main verb with its base form, keeping the space before the predicate', () => {
		expect(contradict(' mattered')).toBe(' did not matter');
	});

	it('leaves a claim that already denies something alone', () => {
		expect(contradict(' acted correctly and could not have prevented the collision')).toBeNull();
	});
});

describe('a negation that would put "do not" before a verb that is no base form', () => {
	// Each row: a claim, and its contradiction (null: none is made).
	const table: [string, string | null][] = [
		['The council had cut the budget by a fifth.', null],
		['The firm had put the plan on hold.', null],
		['Tenants who miss the deadline will in effect lose the deposit.', null],
		// Near misses: an ordinary verb is negated with its base form, an auxiliary with "not".
		[' mattered', ' did not matter'],
		['The storm had made the road impassable.', 'The storm had not made the road impassable.'],
		['The mayor has agreed to the plan.', 'The mayor has not agreed to the plan.']
	];
	it.each(table)('%s', (claim, want) => {
		expect(contradict(claim)).toBe(want);
	});
});
