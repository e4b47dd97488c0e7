import { describe, expect, it } from 'vitest';
import { cardCounts } from './counts';
import { card } from './test-fixtures';

describe('cardCounts', () => {
	it('counts cards by phase and leaves retired cards out', () => {
		const cards = [card('new'), card('new'), card('learning'), card('review'), card('relearning'), card('review', {}, 'retired')];
		expect(cardCounts(cards)).toEqual({ new: 2, learning: 1, review: 1, relearning: 1, suspended: 0, buried: 0 });
	});

	it('counts suspended and buried cards apart from their phase', () => {
		const cards = [card('review', {}, 'suspended'), card('new', {}, 'suspended'), card('learning', {}, 'buried'), card('review')];
		expect(cardCounts(cards)).toEqual({ new: 0, learning: 0, review: 1, relearning: 0, suspended: 2, buried: 1 });
	});
});
