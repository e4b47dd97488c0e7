import { describe, expect, it } from 'vitest';
import { retentionRate, trueRetention } from './retention';
import { answer, at, summaries } from './test-fixtures';

const now = at(2026, 3, 10, 12);

function row(rows: ReturnType<typeof trueRetention>, period: string) {
	const found = rows.find((r) => r.period === period);
	if (!found) throw new Error(period);
	return found;
}

describe('trueRetention', () => {
	const reviews = [
		answer(at(2026, 3, 10, 9), 3, 'review', 5),
		answer(at(2026, 3, 10, 10), 1, 'review', 30),
		answer(at(2026, 3, 10, 11), 1, 'learning', 0),
		answer(at(2026, 3, 9, 9), 2, 'review', 21),
		answer(at(2026, 3, 5), 1, 'review', 3),
		answer(at(2026, 2, 20), 4, 'review', 40),
		answer(at(2025, 6, 1), 3, 'review', 100),
		answer(at(2024, 6, 1), 3, 'review', 100)
	];
	const rows = trueRetention(summaries(reviews), now, 4);

	it('counts only answers to cards in review, passed above Again', () => {
		expect(row(rows, 'today')).toEqual({ period: 'today', young: { passed: 1, failed: 0 }, mature: { passed: 0, failed: 1 } });
	});

	it('calls an interval of 21 days mature', () => {
		expect(row(rows, 'yesterday').mature).toEqual({ passed: 1, failed: 0 });
	});

	it('widens to the week, the month and the year, each ending today', () => {
		expect(row(rows, 'week').young).toEqual({ passed: 1, failed: 1 });
		expect(row(rows, 'month').mature).toEqual({ passed: 2, failed: 1 });
		expect(row(rows, 'year').mature).toEqual({ passed: 3, failed: 1 });
	});
});

describe('retentionRate', () => {
	it('is the passed share, or null with no answers', () => {
		expect(retentionRate({ passed: 3, failed: 1 })).toBe(0.75);
		expect(retentionRate({ passed: 0, failed: 0 })).toBeNull();
	});
});
