import { dayGrid, dayIndex } from './days';
import type { DaySummary } from './types';

export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year';

/** The periods of the table, with how many study days each spans and which day is the last (0 = today). */
export const RETENTION_PERIODS: readonly { period: RetentionPeriod; days: number; lastDay: number }[] = [
	{ period: 'today', days: 1, lastDay: 0 },
	{ period: 'yesterday', days: 1, lastDay: 1 },
	{ period: 'week', days: 7, lastDay: 0 },
	{ period: 'month', days: 30, lastDay: 0 },
	{ period: 'year', days: 365, lastDay: 0 }
];

export interface PassFail {
	passed: number;
	failed: number;
}

export interface RetentionRow {
	period: RetentionPeriod;
	young: PassFail;
	mature: PassFail;
}

/**
 * True retention, as Anki's table counts it: only answers to cards in review (not learning or
 * relearning steps); passed is any rating above Again; young when the interval the answer ended
 * was under 21 days, mature from 21 days. Those are the young and mature buttons of each day.
 */
export function trueRetention(summaries: Iterable<DaySummary>, now: number, dayStartHour: number): RetentionRow[] {
	const grid = dayGrid(now, dayStartHour, -364, 365);
	const rows = RETENTION_PERIODS.map(({ period }) => ({ period, young: { passed: 0, failed: 0 }, mature: { passed: 0, failed: 0 } }));
	for (const summary of summaries) {
		const k = dayIndex(grid, summary.day);
		if (k < 0) continue;
		const ago = 364 - k;
		RETENTION_PERIODS.forEach(({ days, lastDay }, i) => {
			if (ago < lastDay || ago >= lastDay + days) return;
			addPassFail(rows[i].young, summary.buttons.young);
			addPassFail(rows[i].mature, summary.buttons.mature);
		});
	}
	return rows;
}

function addPassFail(cell: PassFail, [again, hard, good, easy]: readonly number[]): void {
	cell.failed += again;
	cell.passed += hard + good + easy;
}

/** Passed share of the answers, or null when there were none. */
export function retentionRate({ passed, failed }: PassFail): number | null {
	const total = passed + failed;
	return total === 0 ? null : passed / total;
}
