import { describe, expect, it } from 'vitest';
import { dueForecast } from './forecast';
import { at, card } from './test-fixtures';

describe('dueForecast', () => {
	const now = at(2026, 3, 10, 12);

	it('counts learning and review cards per study day ahead, overdue cards today', () => {
		const cards = [
			card('review', { due: at(2026, 2, 1) }),
			card('review', { due: at(2026, 3, 11, 3) }),
			card('learning', { due: at(2026, 3, 10, 13) }),
			card('review', { due: at(2026, 3, 11, 5) }),
			card('review', { due: at(2026, 3, 12, 5) })
		];
		expect(dueForecast(cards, now, 4, 3)).toEqual([3, 1, 1]);
	});

	it('leaves out new, retired and later cards', () => {
		const cards = [card('new', { due: at(2026, 3, 10) }), card('review', { due: at(2026, 3, 10) }, 'retired'), card('review', { due: at(2026, 4, 30) })];
		expect(dueForecast(cards, now, 4, 30)).toEqual(new Array(30).fill(0));
	});
});
