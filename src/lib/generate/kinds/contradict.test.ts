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
