import { describe, expect, it } from 'vitest';
import { dailyActivity, streak } from './activity';
import { answer, at, summaries } from './test-fixtures';

const now = at(2026, 3, 10, 12);

describe('dailyActivity', () => {
	it('counts answers and time per study day, oldest first, ending today', () => {
		const days = dailyActivity(
			summaries([
				answer(at(2026, 3, 10, 9), 3, 'new', 0, 2000),
				answer(at(2026, 3, 10, 2), 1, 'learning', 0, 500),
				answer(at(2026, 3, 8, 20), 3, 'review', 4, 1500)
			]),
			now,
			4,
			3
		);
		expect(days.map((d) => d.reviews)).toEqual([1, 1, 1]);
		expect(days.map((d) => d.ms)).toEqual([1500, 500, 2000]);
		expect(days[2].start).toBe(at(2026, 3, 10, 4));
	});

	it('skips answers before the run and after today', () => {
		const days = dailyActivity(summaries([answer(at(2026, 3, 1), 3), answer(at(2026, 3, 11, 5), 3)]), now, 4, 3);
		expect(days.reduce((sum, d) => sum + d.reviews, 0)).toBe(0);
	});
});

describe('streak', () => {
	const day = (reviews: number) => ({ start: 0, reviews, ms: 0 });

	it('counts consecutive study days ending today', () => {
		expect(streak([day(1), day(0), day(2), day(1), day(3)])).toBe(3);
	});

	it('is not broken by today before today is studied', () => {
		expect(streak([day(0), day(2), day(1), day(0)])).toBe(2);
	});

	it('is zero when neither today nor yesterday was studied', () => {
		expect(streak([day(4), day(0), day(0)])).toBe(0);
	});
});
