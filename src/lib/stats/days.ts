import { dayStart } from '$lib/srs/day';

/**
 * A run of study days, each rolling over at `dayStartHour` as the study screens count them.
 * Day starts are computed once with local-time Date arithmetic (23- or 25-hour days across a
 * daylight-saving change stay one day); placing a time in a day is then a guess and at most a
 * step or two, so 500k answers cost no Date each.
 */
export interface DayGrid {
	/** starts[k] is the start of the k-th day of the run, ascending; one more entry ends the last day. */
	starts: number[];
}

const DAY_MS = 86_400_000;

/** `count` study days; day `first` is the day that holds `now` shifted by `first` days (negative: past). */
export function dayGrid(now: number, dayStartHour: number, first: number, count: number): DayGrid {
	const today = dayStart(new Date(now), dayStartHour);
	const starts: number[] = [];
	for (let k = 0; k <= count; k++) {
		starts.push(new Date(today.getFullYear(), today.getMonth(), today.getDate() + first + k, dayStartHour).getTime());
	}
	return { starts };
}

/** How many days the grid holds. */
export function dayCount(grid: DayGrid): number {
	return grid.starts.length - 1;
}

/** The index of the day of `grid` that holds `time`, or -1 when it falls outside the run. */
export function dayIndex(grid: DayGrid, time: number): number {
	const { starts } = grid;
	const last = starts.length - 1;
	if (time < starts[0] || time >= starts[last]) return -1;
	let k = Math.min(last - 1, Math.max(0, Math.floor((time - starts[0]) / DAY_MS)));
	while (time < starts[k]) k--;
	while (time >= starts[k + 1]) k++;
	return k;
}
