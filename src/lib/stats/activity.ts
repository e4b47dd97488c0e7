import { dayCount, dayGrid, dayIndex } from './days';
import type { DaySummary } from './types';

/** What was studied on one study day. */
export interface DayActivity {
	/** Start of the study day, epoch ms. */
	start: number;
	reviews: number;
	/** Time spent answering, ms. */
	ms: number;
}

/** Answers in a day's summary, every button of every kind. */
export function answersIn(summary: DaySummary): number {
	let n = 0;
	for (const counts of Object.values(summary.buttons)) for (const c of counts) n += c;
	return n;
}

/**
 * Answers and time spent per study day over the `days` days that end with today (oldest
 * first): the calendar heatmap and the time chart. Summaries of several decks on one day add
 * up; days outside the run are skipped.
 */
export function dailyActivity(summaries: Iterable<DaySummary>, now: number, dayStartHour: number, days: number): DayActivity[] {
	const grid = dayGrid(now, dayStartHour, 1 - days, days);
	const out: DayActivity[] = [];
	for (let k = 0; k < dayCount(grid); k++) out.push({ start: grid.starts[k], reviews: 0, ms: 0 });
	for (const summary of summaries) {
		const k = dayIndex(grid, summary.day);
		if (k < 0) continue;
		out[k].reviews += answersIn(summary);
		out[k].ms += summary.ms;
	}
	return out;
}

/**
 * Consecutive study days with at least one answer, ending today. A day not yet studied does not
 * break the streak before the day is over, so it counts back from yesterday until then.
 * `activity` is oldest first and ends with today, as `dailyActivity` returns it.
 */
export function streak(activity: readonly DayActivity[]): number {
	let k = activity.length - 1;
	if (k >= 0 && activity[k].reviews === 0) k--;
	let days = 0;
	while (k >= 0 && activity[k].reviews > 0) {
		days++;
		k--;
	}
	return days;
}
