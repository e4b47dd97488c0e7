import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { distributions } from './distributions';
import { at, card } from './test-fixtures';

const now = at(2026, 3, 10, 12);
const count = (buckets: { label: string; count: number }[]) => Object.fromEntries(buckets.filter((b) => b.count > 0).map((b) => [b.label, b.count]));

describe('distributions', () => {
	const cards = [
		card('review', { scheduledDays: 3, stability: 3.5, difficulty: 5.2, lastReview: now }),
		card('review', { scheduledDays: 400, stability: 420, difficulty: 9.9, lastReview: now - 10 * 86_400_000 }),
		card('learning', { scheduledDays: 0, stability: 0.4, difficulty: 1, lastReview: now }),
		card('new'),
		card('review', { scheduledDays: 3, stability: 3, difficulty: 5, lastReview: now }, 'retired')
	];
	const d = distributions(cards, now);

	it('buckets the intervals of cards in review only', () => {
		expect(count(d.interval)).toEqual({ '2–3 d': 1, '366+ d': 1 });
	});

	it('buckets stability and difficulty of every answered card, new and retired left out', () => {
		expect(count(d.stability)).toEqual({ '0 d': 1, '2–3 d': 1, '366+ d': 1 });
		expect(count(d.difficulty)).toEqual({ '1–2': 1, '5–6': 1, '9–10': 1 });
	});

	it('takes retrievability from the FSRS forgetting curve at now', () => {
		const expected = forgetting_curve(generatorParameters().w, 10, 420);
		expect(expected).toBeGreaterThan(0.9);
		expect(count(d.retrievability)).toEqual({ '90–100%': 3 });
	});

	it('puts a card long unseen low on the curve', () => {
		const old = card('review', { scheduledDays: 2, stability: 2, difficulty: 5, lastReview: now - 200 * 86_400_000 });
		const r = forgetting_curve(generatorParameters().w, 200, 2);
		const [bucket] = distributions([old], now).retrievability.filter((b) => b.count === 1);
		expect(r).toBeLessThan(0.6);
		expect(bucket.from <= r && r < bucket.to).toBe(true);
	});
});
