import { dayCount, dayGrid, dayIndex } from './days';
import type { StatsCard } from './types';

/**
 * How many learning and review cards fall due on each of the next `days` study days, today
 * first. Overdue cards are due today; new and retired cards are never due.
 */
export function dueForecast(cards: Iterable<StatsCard>, now: number, dayStartHour: number, days: number): number[] {
	const grid = dayGrid(now, dayStartHour, 0, days);
	const counts = new Array<number>(dayCount(grid)).fill(0);
	const end = grid.starts[grid.starts.length - 1];
	for (const card of cards) {
		if (card.queue !== 'learning' && card.queue !== 'review') continue;
		const due = card.srs.due;
		if (due >= end) continue;
		counts[due < grid.starts[0] ? 0 : dayIndex(grid, due)]++;
	}
	return counts;
}
