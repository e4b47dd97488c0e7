import { describe, expect, it } from 'vitest';
import { formatWhen } from './when';

const now = new Date(2026, 2, 2, 10, 0, 0);
const at = (ms: number) => now.getTime() + ms;

describe('formatWhen', () => {
	it('says when in words, in the largest whole unit', () => {
		expect(formatWhen(at(-5000), now)).toBe('now');
		expect(formatWhen(at(30_000), now)).toBe('now');
		expect(formatWhen(at(60_000), now)).toBe('in 1 minute');
		expect(formatWhen(at(9 * 60_000), now)).toBe('in 9 minutes');
		expect(formatWhen(at(59.6 * 60_000), now)).toBe('in 1 hour');
		expect(formatWhen(at(5 * 3_600_000), now)).toBe('in 5 hours');
		expect(formatWhen(at(25 * 3_600_000), now)).toBe('tomorrow');
		expect(formatWhen(at(5 * 86_400_000), now)).toBe('in 5 days');
	});
});
