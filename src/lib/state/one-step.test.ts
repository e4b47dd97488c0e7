import { describe, expect, it } from 'vitest';
import { OneStep } from './one-step';

describe('OneStep', () => {
	it('runs one step at a time: a second asked for while the first is under way does nothing', async () => {
		const ran: string[] = [];
		const steps = new OneStep(
			() => ran.push('start'),
			() => {}
		);
		let finish = () => {};
		const first = steps.run('first', () => new Promise<void>((done) => (finish = done)).then(() => void ran.push('first')));
		expect(steps.busy).toBe(true);
		await steps.run('second', async () => void ran.push('second'));
		finish();
		await first;
		expect(steps.busy).toBe(false);
		await steps.run('third', async () => void ran.push('third'));
		expect(ran).toEqual(['start', 'first', 'start', 'third']);
	});

	it('tells a failed step in words, headed by what it was doing, and frees the way for the next', async () => {
		const told: string[] = [];
		const steps = new OneStep(
			() => {},
			(message) => told.push(message)
		);
		await steps.run('Your answer could not be saved', async () => {
			throw new Error('disk gone');
		});
		expect(told).toHaveLength(1);
		expect(told[0]).toMatch(/^Your answer could not be saved: /);
		expect(steps.busy).toBe(false);
	});
});
