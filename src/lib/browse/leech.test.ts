import { describe, expect, it } from 'vitest';
import { isLeechLapse } from './leech';

describe('isLeechLapse (Anki: at the threshold, then every half threshold)', () => {
	it('flags the answer that brings the lapses to the threshold', () => {
		expect(isLeechLapse(7, 8, 8)).toBe(true);
		expect(isLeechLapse(6, 7, 8)).toBe(false);
	});

	it('flags again every half threshold after it', () => {
		expect([9, 10, 11, 12, 13, 14, 16].map((n) => isLeechLapse(n - 1, n, 8))).toEqual([false, false, false, true, false, false, true]);
		expect(isLeechLapse(2, 3, 3) && isLeechLapse(4, 5, 3) && !isLeechLapse(3, 4, 3)).toBe(true);
	});

	it('never flags an answer that did not add a lapse', () => {
		expect(isLeechLapse(8, 8, 8)).toBe(false);
	});
});
