import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fsrs, generatorParameters } from 'ts-fsrs';
import { FIT_MIN_REVIEWS, type FitReview } from '$lib/srs/fit';
import { computeFit } from './fit-compute';

type FsrsModule = typeof import('fsrs-browser');
let browser: FsrsModule;

beforeAll(async () => {
	// fsrs-browser's thread-pool helper listens on the worker scope at import; Node has none.
	vi.stubGlobal('self', new EventTarget());
	browser = await import('fsrs-browser');
	const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
	browser.initSync({ module: readFileSync(wasm) });
});

const DAY = 86_400_000;
const start = new Date(2026, 0, 5, 12).getTime();

/** A learner whose memory follows `truth`: each card learnt, then reviewed at growing gaps. */
function simulate(truth: number[], cards: number): FitReview[] {
	const model = fsrs(generatorParameters({ w: truth }));
	let seed = 11;
	const draw = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const out: FitReview[] = [];
	for (let c = 0; c < cards; c++) {
		let state = model.next_state(null, 0, 3);
		out.push({ cardId: `c${c}`, reviewedAt: start + c * 1000, rating: 3, phaseBefore: 'new' });
		let day = 0;
		for (const gap of [1, 2, 4, 8, 16, 32]) {
			day += gap;
			const rating = draw() < model.forgetting_curve(gap, state.stability) ? 3 : 1;
			out.push({ cardId: `c${c}`, reviewedAt: start + day * DAY + c * 1000, rating, phaseBefore: 'review' });
			state = model.next_state(state, gap, rating);
		}
	}
	return out;
}

const request = { current: null, dayStartHour: 4, desiredRetention: 0.9, now: start };

describe('computeFit', () => {
	it('asks for more answers below Anki’s threshold, without running the optimiser', () => {
		const makeFsrs = vi.fn(() => new browser.Fsrs());
		const few = simulate([...generatorParameters().w], 10);
		expect(computeFit(makeFsrs, few, request)).toEqual({ type: 'too-few', reviews: few.length });
		expect(makeFsrs).not.toHaveBeenCalled();
		expect(few.length).toBeLessThan(FIT_MIN_REVIEWS);
	});

	it('fits a learner who forgets faster than FSRS’s defaults assume, and predicts them better', () => {
		const truth = [...generatorParameters().w];
		truth[2] = 0.5; // a first Good holds for half a day, not three
		const stages: string[] = [];
		const result = computeFit(
			() => new browser.Fsrs(),
			simulate(truth, 300),
			request,
			(stage) => stages.push(stage)
		);
		if (result.type !== 'done') throw new Error('expected a fit');
		const { outcome } = result;
		expect(stages).toEqual(['fitting', 'comparing']);
		expect(outcome.parameters).toHaveLength(21);
		expect(outcome.reviews).toBe(300 * 7);
		expect(outcome.cards).toBe(300);
		expect(outcome.parameters[2]).toBeLessThan(generatorParameters().w[2]);
		expect(outcome.after.logLoss).toBeLessThan(outcome.before.logLoss);
		expect(outcome.firstGoodAfter).toBeLessThan(outcome.firstGoodBefore);
	});
});
