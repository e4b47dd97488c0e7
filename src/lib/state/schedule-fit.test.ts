import { afterEach, describe, expect, it } from 'vitest';
import { getSrsSettings, type FactdeckDatabase } from '$lib/db';
import { updateSrsSettings } from '$lib/db/settings';
import { freshDatabase } from '$lib/db/test-fixtures';
import type { FitOutcome, FitReply, FitRequest } from './fit-protocol';
import { fitRows, ScheduleFitState } from './schedule-fit.svelte';
import { FakeWorker } from './test-worker';

const w = Array.from({ length: 21 }, (_, i) => i / 4);
const outcome: FitOutcome = {
	parameters: w,
	reviews: 1200,
	cards: 150,
	before: { logLoss: 0.4, rmse: 0.08, predicted: 1000 },
	after: { logLoss: 0.3, rmse: 0.03, predicted: 1000 },
	firstGoodBefore: 3,
	firstGoodAfter: 1
};

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

function stateWith(replies: FitReply[]): { state: ScheduleFitState; worker: FakeWorker<FitRequest, FitReply> } {
	db = freshDatabase();
	const worker = new FakeWorker<FitRequest, FitReply>(replies);
	return { state: new ScheduleFitState(db, () => worker.asWorker()), worker };
}

describe('fitting the schedule', () => {
	it('asks the Worker with the settings in use, shows the fit, and changes nothing until asked', async () => {
		const { state, worker } = stateWith([
			{ type: 'stage', stage: 'fitting' },
			{ type: 'done', outcome }
		]);
		await updateSrsSettings(db, { dayStartHour: 6, desiredRetention: 0.85 });
		await state.start();
		expect(worker.requests[0]).toMatchObject({ database: db.name, current: null, dayStartHour: 6, desiredRetention: 0.85 });
		expect(state.phase).toBe('done');
		expect(state.better).toBe(true);
		expect(worker.terminated).toBe(true);
		expect((await getSrsSettings(db)).parameters).toBeNull();

		await state.use(outcome.parameters);
		expect((await getSrsSettings(db)).parameters).toEqual(w);
		expect(state.fitted).toBe(true);
		await state.use(null);
		expect((await getSrsSettings(db)).parameters).toBeNull();
	});

	it('says so when the fit is no better than the schedule in use', async () => {
		const worse = { ...outcome, after: { ...outcome.after, logLoss: 0.45 } };
		const { state } = stateWith([{ type: 'done', outcome: worse }]);
		await state.start();
		expect(state.better).toBe(false);
	});

	it('stops the Worker on Cancel and on an error, with a message in words', async () => {
		const held = stateWith([{ type: 'stage', stage: 'reading' }]);
		await held.state.start();
		expect(held.state.phase).toBe('running');
		expect(held.state.stage).toBe('Reading your answers…');
		held.state.cancel();
		expect(held.worker.terminated).toBe(true);
		expect(held.state.message).toBe('Fitting cancelled. Nothing was changed.');

		const failing = stateWith([{ type: 'error', message: 'out of memory' }]);
		await failing.state.start();
		expect(failing.state.phase).toBe('error');
		expect(failing.state.message).toBe('The fit stopped with an error: out of memory');
	});

	it('shows the comparison as rows a learner can read', () => {
		expect(fitRows(outcome)).toEqual([
			{ label: 'Prediction error (log loss)', before: '0.400', after: '0.300' },
			{ label: 'Calibration error (RMSE)', before: '8.0%', after: '3.0%' },
			{ label: 'A new card answered Good first comes back after', before: '3 days', after: '1 day' }
		]);
	});
});
