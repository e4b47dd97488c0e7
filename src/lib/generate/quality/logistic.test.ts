import { describe, expect, it } from 'vitest';
import { auc, fitLogistic, predict } from './logistic';

/** A fixed pseudo-random sequence, so the synthetic set is the same on every run. */
function sequence(seed: number) {
	let x = seed;
	return () => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return x / 2147483648;
	};
}

describe('logistic regression', () => {
	it('recovers the direction of each feature from a synthetic set', () => {
		const next = sequence(7);
		const rows: number[][] = [];
		const labels: number[] = [];
		for (let i = 0; i < 400; i++) {
			const row = [next(), next() * 10, next()];
			// The first feature raises the chance, the second lowers it, the third does nothing.
			const z = 4 * (row[0] - 0.5) - 0.4 * (row[1] - 5);
			rows.push(row);
			labels.push(next() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
		}
		const model = fitLogistic(rows, labels, { lambda: 0.001 });
		expect(model.weights[0]).toBeGreaterThan(0.5);
		expect(model.weights[1]).toBeLessThan(-0.5);
		expect(Math.abs(model.weights[2])).toBeLessThan(0.3);
		expect(predict(model, [0.9, 1, 0.5])).toBeGreaterThan(predict(model, [0.1, 9, 0.5]));
	});

	it('is deterministic and leaves a constant feature at weight 0', () => {
		const rows = [
			[0, 1],
			[1, 1],
			[0, 1],
			[1, 1]
		];
		const a = fitLogistic(rows, [0, 1, 0, 1]);
		expect(fitLogistic(rows, [0, 1, 0, 1])).toEqual(a);
		expect(a.weights[1]).toBe(0);
		expect(a.scales[1]).toBe(1);
	});

	it('takes soft labels: a row two judges of three accepted', () => {
		const model = fitLogistic([[0], [1]], [1 / 3, 2 / 3], { lambda: 0 });
		expect(predict(model, [1])).toBeGreaterThan(0.5);
		expect(predict(model, [1])).toBeLessThan(0.75);
	});

	it('AUC: 1 for a perfect order, 0.5 for ties, weighted by each side', () => {
		expect(
			auc([
				{ p: 0.9, pos: 1, neg: 0 },
				{ p: 0.1, pos: 0, neg: 1 }
			])
		).toBe(1);
		expect(
			auc([
				{ p: 0.5, pos: 1, neg: 0 },
				{ p: 0.5, pos: 0, neg: 1 }
			])
		).toBe(0.5);
		expect(
			auc([
				{ p: 0.9, pos: 2, neg: 1 },
				{ p: 0.1, pos: 0, neg: 1 }
			])
		).toBeCloseTo((2 * 1 + 2 * 0.5) / (2 * 2));
	});
});
