import { describe, expect, it } from 'vitest';
import { contradict } from './contradict';

describe('contradicting a claim', () => {
	it('swaps a comparative for its opposite', () => {
		expect(contradict('scored higher on memory tests')).toBe('scored lower on memory tests');
	});

	it('negates the main verb with its base form, keeping the space before the predicate', () => {
		expect(contradict(' mattered')).toBe(' did not matter');
	});

	it('leaves a claim that already denies something alone', () => {
		expect(contradict(' acted correctly and could not have prevented the collision')).toBeNull();
	});
});
