import { describe, expect, it } from 'vitest';
import { cardCounts } from './counts';
import { card } from './test-fixtures';

describe('cardCounts', () => {
	it('counts cards by phase and leaves retired cards out', () => {
		const cards = [card('new'), card('new'), card('learning'), card('review'), card('relearning'), card('review', {}, 'retired')];
		expect(cardCounts(cards)).toEqual({ new: 2, learning: 1, review: 1, relearning: 1 });
	});
});
