/** Sample statistics (variances and covariances over n − 1), as Moodle's quiz statistics use them. */

export function mean(xs: readonly number[]): number {
	return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Sample covariance; 0 for fewer than two values. */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
	const n = xs.length;
	if (n < 2) return 0;
	const mx = mean(xs);
	const my = mean(ys);
	let sum = 0;
	for (let i = 0; i < n; i++) sum += (xs[i] - mx) * (ys[i] - my);
	return sum / (n - 1);
}

export function variance(xs: readonly number[]): number {
	return covariance(xs, xs);
}

export function standardDeviation(xs: readonly number[]): number {
	return Math.sqrt(variance(xs));
}

/**
 * The largest covariance two lists with these values could have: both sorted the same way,
 * then paired. Moodle divides by it to get the discriminative efficiency.
 */
export function maxCovariance(xs: readonly number[], ys: readonly number[]): number {
	const up = (a: number, b: number) => a - b;
	return covariance([...xs].sort(up), [...ys].sort(up));
}
