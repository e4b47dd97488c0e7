import { describe, expect, it } from 'vitest';
import { formatInterval } from './interval';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
	it.each([
		[0, '<1m'],
		[30_000, '<1m'],
		[59_999, '<1m'],
		[MINUTE, '1m'],
		[6 * MINUTE, '6m'],
		[10 * MINUTE, '10m'],
		[59 * MINUTE, '59m'],
		[59.7 * MINUTE, '1h'],
		[HOUR, '1h'],
		[5.4 * HOUR, '5h'],
		[23.6 * HOUR, '1d'],
		[DAY, '1d'],
		[3 * DAY, '3d'],
		[29 * DAY, '29d'],
		[30 * DAY, '1mo'],
		[45 * DAY, '1.5mo'],
		[300 * DAY, '9.9mo'],
		[365 * DAY, '1y'],
		[766.5 * DAY, '2.1y'],
		[-5 * MINUTE, '<1m'],
		[Number.NaN, '<1m']
	])('%d ms reads as %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
