/**
 * The study day, as in Anki: it rolls over at `dayStartHour` local time (default 04:00), so a
 * session that runs past midnight still counts as the same day. Local-time Date arithmetic
 * keeps a day one calendar day long, 23 or 25 hours across a daylight-saving change.
 * `now` is always a parameter; nothing here reads the clock.
 */

/** The most recent `dayStartHour`:00 local time at or before `now` (at 03:59 it is yesterday's 04:00). */
export function dayStart(now: Date, dayStartHour: number): Date {
	const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), dayStartHour);
	if (today.getTime() <= now.getTime()) return today;
	return new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, dayStartHour);
}

/** The next day boundary after `now` (exclusive end of the study day that holds `now`). */
/**
 * The end of the span whose review cards are due today: the day's end, moved on by the days
 * of review ahead.
 */
export function reviewHorizon(now: Date, settings: { dayStartHour: number; reviewAheadDays: number }): number {
	return dayEnd(now, settings.dayStartHour).getTime() + settings.reviewAheadDays * 86_400_000;
}

export function dayEnd(now: Date, dayStartHour: number): Date {
	const start = dayStart(now, dayStartHour);
	return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, dayStartHour);
}
