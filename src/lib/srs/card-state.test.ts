import { createEmptyCard, fsrs, Rating as FsrsRating, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fromFsrsCard, fromFsrsLog, toFsrsCard } from './card-state';
import { SrsError } from './errors';
import type { SrsCard } from './types';

const now = new Date('2026-03-02T10:00:00Z');

const reviewed: SrsCard = {
	due: Date.UTC(2026, 2, 5, 10),
	stability: 3.17,
	difficulty: 5.28,
	elapsedDays: 1,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 3,
	lapses: 1,
	phase: 'relearning',
	lastReview: Date.UTC(2026, 2, 2, 10)
};

describe('conversion to and from ts-fsrs', () => {
	it('round-trips a plain card through a ts-fsrs Card', () => {
		expect(fromFsrsCard(toFsrsCard(reviewed))).toEqual(reviewed);
	});

	it('round-trips a new card, whose last review is null', () => {
		const card = fromFsrsCard(createEmptyCard(now));
		expect(card).toMatchObject({ phase: 'new', lastReview: null, due: now.getTime() });
		expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
	});

	it('round-trips a ts-fsrs Card through a plain card', () => {
		const card: Card = fsrs({ enable_fuzz: false }).next(createEmptyCard(now), now, FsrsRating.Good).card;
		expect(toFsrsCard(fromFsrsCard(card))).toEqual(card);
		expect(JSON.parse(JSON.stringify(fromFsrsCard(card)))).toEqual(fromFsrsCard(card));
	});

	it('maps every phase to its ts-fsrs state', () => {
		expect(toFsrsCard({ ...reviewed, phase: 'new' }).state).toBe(State.New);
		expect(toFsrsCard({ ...reviewed, phase: 'learning' }).state).toBe(State.Learning);
		expect(toFsrsCard({ ...reviewed, phase: 'review' }).state).toBe(State.Review);
		expect(toFsrsCard(reviewed).state).toBe(State.Relearning);
	});

	it('converts a review log to plain numbers', () => {
		const { log } = fsrs({ enable_fuzz: false }).next(createEmptyCard(now), now, FsrsRating.Hard);
		expect(fromFsrsLog(log)).toEqual({
			rating: 2,
			phaseBefore: 'new',
			due: now.getTime(),
			stability: 0,
			difficulty: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			reviewedAt: now.getTime()
		});
	});

	it('rejects a stored card with an invalid time', () => {
		expect(() => toFsrsCard({ ...reviewed, due: Number.NaN })).toThrow(SrsError);
	});
});
