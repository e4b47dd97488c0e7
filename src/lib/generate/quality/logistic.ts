/**
 * L2-regularised logistic regression on standardised features, fitted by plain gradient descent:
 * small, dependency-free and deterministic (fixed start, fixed steps), so a refit on the same
 * rows gives the same model. Labels may be soft (the share of judges who accepted a question).
 */

export interface Logistic {
	means: number[];
	scales: number[];
	weights: number[];
	bias: number;
}

export interface FitOptions {
	/** L2 penalty on the weights (not the bias), per row. */
	lambda?: number;
	iterations?: number;
	rate?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability the model gives a feature row. */
export function predict(model: Logistic, row: number[]): number {
	let z = model.bias;
	for (let j = 0; j < row.length; j++) z += (model.weights[j] * (row[j] - model.means[j])) / model.scales[j];
	return sigmoid(z);
}

/** Fits rows (feature vectors) to labels in [0, 1]. A feature that never varies gets scale 1 and weight 0. */
export function fitLogistic(rows: number[][], labels: number[], options: FitOptions = {}): Logistic {
	const { lambda = 0.01, iterations = 1000, rate = 1 } = options;
	const n = rows.length;
	const d = rows[0]?.length ?? 0;
	const means = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / Math.max(n, 1));
	const scales = means.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / Math.max(n, 1)) || 1);
	const x = rows.map((r) => r.map((v, j) => (v - means[j]) / scales[j]));
	const weights = new Array<number>(d).fill(0);
	let bias = 0;
	for (let it = 0; it < iterations; it++) {
		const grad = new Array<number>(d).fill(0);
		let gb = 0;
		for (let i = 0; i < n; i++) {
			let z = bias;
			for (let j = 0; j < d; j++) z += weights[j] * x[i][j];
			const err = sigmoid(z) - labels[i];
			gb += err;
			for (let j = 0; j < d; j++) grad[j] += err * x[i][j];
		}
		for (let j = 0; j < d; j++) weights[j] -= rate * (grad[j] / n + lambda * weights[j]);
		bias -= rate * (gb / n);
	}
	return { means, scales, weights, bias };
}

/**
 * The area under the ROC curve: the chance a random accepted item scores above a random rejected
 * one (ties count half). Items carry a weight for each side, so a question two judges of three
 * accepted counts 2/3 positive and 1/3 negative.
 */
export function auc(items: { p: number; pos: number; neg: number }[]): number {
	const sorted = [...items].sort((a, b) => a.p - b.p);
	let negBelow = 0;
	let sum = 0;
	let pos = 0;
	let neg = 0;
	for (let i = 0; i < sorted.length;) {
		let j = i;
		let tiePos = 0;
		let tieNeg = 0;
		while (j < sorted.length && sorted[j].p === sorted[i].p) {
			tiePos += sorted[j].pos;
			tieNeg += sorted[j].neg;
			j++;
		}
		sum += tiePos * (negBelow + tieNeg / 2);
		negBelow += tieNeg;
		pos += tiePos;
		neg += tieNeg;
		i = j;
	}
	return pos === 0 || neg === 0 ? 0.5 : sum / (pos * neg);
}
