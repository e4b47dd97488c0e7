import { describe, expect, it } from 'vitest';
import { dayStart } from '$lib/srs/day';
import { seededRandom } from '$lib/assign/shuffle';
import type { CardPhase, Rating } from '$lib/srs';
import { dayFinder, dayKey, foldAnswers, isEmptyDay } from './day-summary';
import { answer, at } from './test-fixtures';
import type { DaySummary } from './types';

describe('dayFinder', () => {
	it('gives the study day start of every moment, as dayStart does, across a daylight-saving change', () => {
		const find = dayFinder(4);
		const rand = seededRandom('days');
		const times = Array.from({ length: 500 }, () => at(2026, 3, 1) + Math.floor(rand() * 60 * 86_400_000)).sort((a, b) => a - b);
		for (const t of [...times, at(2026, 3, 29, 3, 59), at(2026, 3, 29, 4), at(2026, 3, 1, 3)]) expect(find(t)).toBe(dayStart(new Date(t), 4).getTime());
	});
});

describe('foldAnswers', () => {
	const rand = seededRandom('fold');
	const phases: CardPhase[] = ['new', 'learning', 'review', 'relearning'];
	const answers = Array.from({ length: 300 }, () => ({
		...answer(
			at(2026, 3, 1) + Math.floor(rand() * 20 * 86_400_000),
			(1 + Math.floor(rand() * 4)) as Rating,
			phases[Math.floor(rand() * 4)],
			Math.floor(rand() * 40),
			1000
		),
		bankId: rand() < 0.5 ? 'a' : 'b'
	}));

	it('sums each deck and day apart: answers and time add up to what was folded', () => {
		const days = new Map<string, DaySummary>();
		foldAnswers(days, answers, dayFinder(4));
		const total = (s: DaySummary) =>
			Object.values(s.buttons)
				.flat()
				.reduce((a, b) => a + b, 0);
		expect([...days.values()].reduce((n, s) => n + total(s), 0)).toBe(answers.length);
		const one = answers[0];
		const key = dayKey(one.bankId, dayStart(new Date(one.reviewedAt), 4).getTime());
		const same = answers.filter((a) => a.bankId === one.bankId && dayKey(a.bankId, dayStart(new Date(a.reviewedAt), 4).getTime()) === key);
		expect(days.get(key)?.ms).toBe(same.length * 1000);
	});

	it('takes answers out again with sign -1, leaving every day empty', () => {
		const days = new Map<string, DaySummary>();
		const find = dayFinder(4);
		foldAnswers(days, answers, find);
		const size = days.size;
		foldAnswers(days, answers.slice().reverse(), find, -1);
		expect(days.size).toBe(size);
		expect([...days.values()].every(isEmptyDay)).toBe(true);
	});
});
