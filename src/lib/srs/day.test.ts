import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from './day';

// Local-time constructors keep these tests independent of the machine's time zone; mid-January
// has no daylight-saving change anywhere that observes one.
const local = (month: number, date: number, hour: number, minute = 0) => new Date(2026, month, date, hour, minute);

describe('the study day boundary', () => {
	it('starts at 04:00 on the same day from 04:00 on', () => {
		expect(dayStart(local(0, 14, 4, 0), 4)).toEqual(local(0, 14, 4));
		expect(dayStart(local(0, 14, 23, 59), 4)).toEqual(local(0, 14, 4));
	});

	it('still belongs to yesterday at 03:59', () => {
		expect(dayStart(local(0, 14, 3, 59), 4)).toEqual(local(0, 13, 4));
		expect(dayEnd(local(0, 14, 3, 59), 4)).toEqual(local(0, 14, 4));
	});

	it('ends at the next day boundary, exclusive', () => {
		expect(dayEnd(local(0, 14, 4, 0), 4)).toEqual(local(0, 15, 4));
		expect(dayEnd(local(0, 14, 12), 4)).toEqual(local(0, 15, 4));
	});

	it('crosses month and year ends', () => {
		expect(dayStart(local(2, 1, 2), 4)).toEqual(local(1, 28, 4));
		expect(dayStart(new Date(2026, 0, 1, 1), 4)).toEqual(new Date(2025, 11, 31, 4));
		expect(dayEnd(new Date(2025, 11, 31, 22), 4)).toEqual(new Date(2026, 0, 1, 4));
	});

	it('rolls over at midnight when the hour is 0', () => {
		expect(dayStart(local(0, 14, 0, 0), 0)).toEqual(local(0, 14, 0));
		expect(dayEnd(local(0, 14, 23, 59), 0)).toEqual(local(0, 15, 0));
	});
});
