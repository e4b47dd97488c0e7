/**
 * A seeded order: the same seed always gives the same order, so an attempt reopened after
 * the tab was closed shows its questions and choices as before. Seeds come from the caller.
 */
/** Numbers in [0, 1) drawn from `seed`: the same seed, the same numbers. */
export function seededRandom(seed: string): () => number {
	let h = 1779033703 ^ seed.length;
	for (let i = 0; i < seed.length; i++) {
		h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	// mulberry32 over the hashed seed.
	let state = h >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The indices 0..n-1 in a Fisher-Yates order drawn from `seed`. */
export function shuffledIndices(n: number, seed: string): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	const random = seededRandom(seed);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order;
}
