import { describe, expect, it } from 'vitest';
import { fsrs, generatorParameters } from 'ts-fsrs';
import { firstGoodInterval, minuteOffset, scoreParameters, toRevlog, type FitReview } from './fit';

const DAY = 86_400_000;
const start = new Date(2026, 0, 5, 12).getTime();

/**
 * Answers of `cards` cards simulated with `truth` as the learner's real memory: each card is
 * learnt on day 0, then reviewed at growing gaps and recalled when a seeded draw falls under
 * the recall `truth` predicts.
 */
function simulate(truth: number[], cards: number, seed = 7): FitReview[] {
	const model = fsrs(generatorParameters({ w: truth }));
	let s = seed;
	const draw = () => (s = (s * 16807) % 2147483647) / 2147483647;
	const out: FitReview[] = [];
	for (let c = 0; c < cards; c++) {
		const cardId = `c${c}`;
		let state = model.next_state(null, 0, 3);
		out.push({ cardId, reviewedAt: start + c * 1000, rating: 3, phaseBefore: 'new' });
		let day = 0;
		for (const gap of [1, 3, 7, 15, 30]) {
			day += gap;
			const recalled = draw() < model.forgetting_curve(gap, state.stability);
			const rating = recalled ? 3 : 1;
			out.push({ cardId, reviewedAt: start + day * DAY + c * 1000, rating, phaseBefore: 'review' });
			state = model.next_state(state, gap, rating);
		}
	}
	return out;
}

describe('toRevlog', () => {
	it('lists each card’s answers together in time order, with Anki’s kinds of answer', () => {
		const log = toRevlog([
			{ cardId: 'b', reviewedAt: 300, rating: 1, phaseBefore: 'review' },
			{ cardId: 'a', reviewedAt: 100, rating: 3, phaseBefore: 'new' },
			{ cardId: 'b', reviewedAt: 200, rating: 4, phaseBefore: 'new' },
			{ cardId: 'b', reviewedAt: 400, rating: 2, phaseBefore: 'relearning' }
		]);
		expect([...log.cids]).toEqual([1n, 2n, 2n, 2n]);
		expect([...log.ids]).toEqual([100n, 200n, 300n, 400n]);
		expect([...log.eases]).toEqual([3, 4, 1, 2]);
		expect([...log.types]).toEqual([0, 0, 1, 2]);
	});

	it('keeps two answers of one card in the same millisecond apart and in order', () => {
		const log = toRevlog([
			{ cardId: 'a', reviewedAt: 100, rating: 1, phaseBefore: 'new' },
			{ cardId: 'a', reviewedAt: 100, rating: 3, phaseBefore: 'learning' }
		]);
		expect([...log.ids]).toEqual([100n, 101n]);
	});
});

describe('minuteOffset', () => {
	it('is the time zone’s offset less the hour the study day starts', () => {
		const now = new Date(2026, 5, 1);
		expect(minuteOffset(now, 4)).toBe(-now.getTimezoneOffset() - 240);
		expect(minuteOffset(now, 0) - minuteOffset(now, 4)).toBe(240);
	});
});

describe('scoreParameters', () => {
	const truth = [...generatorParameters().w];
	truth[0] = 0.1; // first Again: forgotten almost at once
	truth[2] = 0.4; // first Good: stable for less than half a day
	const reviews = simulate(truth, 400);

	it('scores the parameters that made the answers better than FSRS’s defaults', () => {
		const own = scoreParameters(reviews, truth, 4);
		const defaults = scoreParameters(reviews, null, 4);
		expect(own.predicted).toBe(400 * 5);
		expect(own.logLoss).toBeLessThan(defaults.logLoss);
		expect(own.rmse).toBeLessThan(defaults.rmse);
	});

	it('leaves out a card whose history starts part-way, and same-day answers', () => {
		const partWay = reviews.filter((r) => r.cardId !== 'c0' || r.phaseBefore !== 'new');
		expect(scoreParameters(partWay, null, 4).predicted).toBe(399 * 5);
		const sameDay: FitReview[] = [
			{ cardId: 'x', reviewedAt: start, rating: 1, phaseBefore: 'new' },
			{ cardId: 'x', reviewedAt: start + 600_000, rating: 3, phaseBefore: 'learning' }
		];
		expect(scoreParameters(sameDay, null, 4)).toEqual({ logLoss: 0, rmse: 0, predicted: 0 });
	});

	it('counts an answer at 1 am with the study day before when the day starts at 4', () => {
		const late: FitReview[] = [
			{ cardId: 'x', reviewedAt: new Date(2026, 0, 5, 12).getTime(), rating: 3, phaseBefore: 'new' },
			{ cardId: 'x', reviewedAt: new Date(2026, 0, 6, 1).getTime(), rating: 3, phaseBefore: 'review' }
		];
		expect(scoreParameters(late, null, 4).predicted).toBe(0);
		expect(scoreParameters(late, null, 0).predicted).toBe(1);
	});
});

describe('firstGoodInterval', () => {
	it('follows the first-Good stability of the parameters', () => {
		const slow = [...generatorParameters().w];
		slow[2] = 10;
		expect(firstGoodInterval(slow, 0.9)).toBeGreaterThan(firstGoodInterval(null, 0.9));
		expect(firstGoodInterval(null, 0.9)).toBeGreaterThanOrEqual(1);
	});
});
