import { describe, expect, it } from 'vitest';
import { generatorParameters } from 'ts-fsrs';
import { newCard, preview, review } from './scheduler';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from './settings';
import type { Rating, SrsCard } from './types';

const settings: SrsSettings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false };
const now = new Date('2026-03-02T10:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const ratings: Rating[] = [1, 2, 3, 4];

function at(ms: number): Date {
	return new Date(ms);
}

/** A card that graduated with Good, Good and is reviewed when due. */
function reviewCard(): SrsCard {
	const first = review(newCard(now), 3, now, settings).card;
	const second = review(first, 3, at(first.due), settings).card;
	expect(second.phase).toBe('review');
	return second;
}

describe('new cards', () => {
	it('keeps bank order through its due time', () => {
		expect(newCard(now).due).toBe(now.getTime());
		expect(newCard(now, 7).due).toBe(now.getTime() + 7);
		expect(newCard(now, 7)).toMatchObject({ phase: 'new', reps: 0, lapses: 0, lastReview: null });
	});

	it('goes to the 10m learning step when answered Good', () => {
		const { card, log } = review(newCard(now), 3, now, settings);
		expect(card.phase).toBe('learning');
		expect(card.due - now.getTime()).toBe(10 * MINUTE);
		expect(card.lastReview).toBe(now.getTime());
		expect(log).toMatchObject({ rating: 3, phaseBefore: 'new', reviewedAt: now.getTime() });
	});

	it('goes to the 1m learning step when answered Again', () => {
		const { card } = review(newCard(now), 1, now, settings);
		expect(card.phase).toBe('learning');
		expect(card.due - now.getTime()).toBe(MINUTE);
	});

	it('follows custom learning steps', () => {
		const custom = { ...settings, learningSteps: ['5m', '1h'] };
		expect(review(newCard(now), 3, now, custom).card.due - now.getTime()).toBe(60 * MINUTE);
		expect(review(newCard(now), 1, now, custom).card.due - now.getTime()).toBe(5 * MINUTE);
	});
});

describe('review cards', () => {
	it('gives longer intervals for better ratings', () => {
		const card = reviewCard();
		const when = at(card.due);
		const intervals = ratings.map((r) => review(card, r, when, settings).card.due - when.getTime());
		expect(intervals[0]).toBe(10 * MINUTE);
		expect(intervals[1]).toBeGreaterThanOrEqual(DAY);
		expect(intervals[0]).toBeLessThan(intervals[1]);
		expect(intervals[1]).toBeLessThan(intervals[2]);
		expect(intervals[2]).toBeLessThan(intervals[3]);
	});

	it('sends a forgotten card to relearning and counts the lapse', () => {
		const card = reviewCard();
		const next = review(card, 1, at(card.due), settings).card;
		expect(next).toMatchObject({ phase: 'relearning', lapses: card.lapses + 1, reps: card.reps + 1 });
	});

	it('does not throw when the clock went back before the last review', () => {
		const card = reviewCard();
		const earlier = at((card.lastReview ?? 0) - DAY);
		const next = review(card, 3, earlier, settings);
		expect(next.card.lastReview).toBe(earlier.getTime());
		expect(next.log.elapsedDays).toBe(0);
	});
});

describe('preview', () => {
	it('matches review() for every rating, for new, learning and review cards', () => {
		const learning = review(newCard(now), 3, now, settings).card;
		const cases: [SrsCard, Date][] = [
			[newCard(now), now],
			[learning, at(learning.due)],
			[reviewCard(), at(reviewCard().due + 3 * DAY)]
		];
		for (const [card, when] of cases) {
			const shown = preview(card, when, settings);
			for (const r of ratings) expect(shown[r].due).toBe(review(card, r, when, settings).card.due);
		}
	});

	it('matches review() with fuzz on as well', () => {
		const fuzzy = { ...settings, enableFuzz: true };
		const card = reviewCard();
		const when = at(card.due + 40 * DAY);
		const shown = preview(card, when, fuzzy);
		for (const r of ratings) expect(shown[r].due).toBe(review(card, r, when, fuzzy).card.due);
	});

	it('labels the intervals of a new card like Anki buttons', () => {
		const shown = preview(newCard(now), now, settings);
		expect([shown[1].interval, shown[2].interval, shown[3].interval]).toEqual(['1m', '6m', '10m']);
		expect(shown[4].interval).toMatch(/^\d+d$/);
	});
});

describe('fitted parameters', () => {
	it('schedule with the learner’s own parameters once they are in the settings', () => {
		const now = new Date(2026, 2, 2, 10);
		// Leave learning at once (no steps) so the first interval comes from FSRS's parameters.
		const base: SrsSettings = { ...DEFAULT_SRS_SETTINGS, learningSteps: [], enableFuzz: false };
		const slowForgetter = [...generatorParameters().w];
		slowForgetter[2] = 30; // a first Good holds for a month
		const byDefault = review(newCard(now), 3, now, base).card;
		const fitted = review(newCard(now), 3, now, { ...base, parameters: slowForgetter }).card;
		expect(fitted.due - now.getTime()).toBeGreaterThan(byDefault.due - now.getTime());
		expect(fitted.stability).toBeCloseTo(30);
	});
});
