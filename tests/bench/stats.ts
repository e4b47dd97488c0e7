/** Median and 95th percentile (nearest rank) of a set of timings. */
export interface Summary {
	median: number;
	p95: number;
	samples: number;
}

function rank(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(values: number[]): Summary {
	if (values.length === 0) throw new Error('no samples to summarise');
	const sorted = [...values].sort((a, b) => a - b);
	return { median: rank(sorted, 0.5), p95: rank(sorted, 0.95), samples: values.length };
}
