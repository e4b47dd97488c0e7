import { describe, expect, it } from 'vitest';
import { dayGrid, dayIndex } from './days';
import { at } from './test-fixtures';

describe('dayGrid and dayIndex', () => {
	const now = at(2026, 3, 10, 12);
	const grid = dayGrid(now, 4, -2, 3);

	it('places a time in the study day that holds it, rolling over at the day-start hour', () => {
		expect(dayIndex(grid, at(2026, 3, 10, 4))).toBe(2);
		expect(dayIndex(grid, at(2026, 3, 10, 3, 59))).toBe(1);
		expect(dayIndex(grid, at(2026, 3, 8, 4))).toBe(0);
	});

	it('says -1 for times outside the run', () => {
		expect(dayIndex(grid, at(2026, 3, 8, 3, 59))).toBe(-1);
		expect(dayIndex(grid, at(2026, 3, 11, 4))).toBe(-1);
	});

	it('keeps many days exact over a long run', () => {
		const year = dayGrid(now, 4, -364, 365);
		expect(dayIndex(year, at(2025, 3, 11, 5))).toBe(0);
		expect(dayIndex(year, at(2025, 11, 2, 4))).toBe(dayIndex(year, at(2025, 11, 3, 3, 59)));
		expect(dayIndex(year, at(2026, 3, 10, 23))).toBe(364);
	});
});
