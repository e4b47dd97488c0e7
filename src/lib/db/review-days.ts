import { Dexie } from 'dexie';
import { dayFinder, foldAnswers, isEmptyDay, mergeDay, type DaySummary } from '$lib/stats';
import type { FactdeckDatabase } from './database';

/**
 * How far the per-day summaries of the review log (table `reviewDays`) have been counted: every
 * answer with an id up to `foldedThrough` is in them, no later one. New answers get higher ids,
 * so bringing the summaries up to date reads only the answers added since; a change to or the
 * deletion of an answer already counted is applied to them in its own transaction (see
 * review-days-guard.ts). The days are study days of `dayStartHour` in `timeZone`: when either
 * changes, the summaries are counted again from the start.
 */
export interface ReviewDaysState {
	key: typeof STATE_KEY;
	foldedThrough: number;
	dayStartHour: number;
	timeZone: string;
}

export const STATE_KEY = 'reviewDays';
/** Answers read and counted per transaction: a long history is counted in steps, never all in memory. */
const CHUNK = 20_000;

/** The device's time zone, in which study days are counted. */
export function localTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The stored key of a deck's day. */
export function dayRowKey(summary: Pick<DaySummary, 'bankId' | 'day'>): [string, number] {
	return [summary.bankId, summary.day];
}

/** Sums `deltas` into the stored days, in the caller's transaction; a day left with no answer is deleted. */
export async function addToStoredDays(db: FactdeckDatabase, deltas: DaySummary[]): Promise<void> {
	const stored = await db.reviewDays.bulkGet(deltas.map(dayRowKey));
	const merged = deltas.map((delta, i) => mergeDay(stored[i], delta));
	await Promise.all([db.reviewDays.bulkPut(merged.filter((d) => !isEmptyDay(d))), db.reviewDays.bulkDelete(merged.filter(isEmptyDay).map(dayRowKey))]);
}

/** Counts the next step of answers not yet in the summaries; true when none is left. */
async function foldStep(db: FactdeckDatabase, dayStartHour: number, timeZone: string): Promise<boolean> {
	return db.transaction('rw', db.reviews, db.reviewDays, db.reviewDaysState, async () => {
		let state = await db.reviewDaysState.get(STATE_KEY);
		if (state && (state.dayStartHour !== dayStartHour || state.timeZone !== timeZone)) {
			await db.reviewDays.clear();
			state = undefined;
		}
		const from = state?.foldedThrough ?? 0;
		const rows = await db.reviews.where(':id').above(from).limit(CHUNK).toArray();
		const days = new Map<string, DaySummary>();
		foldAnswers(days, rows, dayFinder(dayStartHour));
		await addToStoredDays(db, [...days.values()]);
		const foldedThrough = rows.at(-1)?.id ?? from;
		await db.reviewDaysState.put({ key: STATE_KEY, foldedThrough, dayStartHour, timeZone });
		return rows.length < CHUNK;
	});
}

/**
 * Brings the per-day summaries up to date with the review log: the answers added since the last
 * count, or, the first time (or after the day start hour or the time zone changed), every answer,
 * in steps of CHUNK answers. `progress` hears how many answers each step counted.
 */
export async function updateReviewDays(db: FactdeckDatabase, dayStartHour: number, progress?: (counted: number) => void): Promise<void> {
	const timeZone = localTimeZone();
	while (!(await foldStep(db, dayStartHour, timeZone))) progress?.(CHUNK);
}

/** The day summaries of one deck (or of every deck, `bankId` null) from study day `since` on. */
export function readReviewDays(db: FactdeckDatabase, bankId: string | null, since: number): Promise<DaySummary[]> {
	if (bankId === null) return db.reviewDays.where('day').aboveOrEqual(since).toArray();
	return db.reviewDays.where('[bankId+day]').between([bankId, since], [bankId, Dexie.maxKey], true, true).toArray();
}
