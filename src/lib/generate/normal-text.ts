import { normaliseAnswer } from '../quiz/normalise';

/**
 * `normaliseAnswer`, remembered: selection, the overlap pass and the coverage pass compare the
 * same prompts and keys with each other thousands of times per article, and normalising (Unicode
 * folding) was a sixth of the generator's time. Bounded, so a huge text cannot grow it forever.
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 20_000;

export function normalText(text: string): string {
	let out = cache.get(text);
	if (out === undefined) {
		if (cache.size >= CACHE_SIZE) cache.clear();
		out = normaliseAnswer(text);
		cache.set(text, out);
	}
	return out;
}
