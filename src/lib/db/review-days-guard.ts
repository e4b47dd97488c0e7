import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { dayFinder, foldAnswers, isEmptyDay, mergeDay, type DaySummary } from '$lib/stats';
import type { ReviewRecord } from './records';
import { dayRowKey, localTimeZone, STATE_KEY, type ReviewDaysState } from './review-days';

const REVIEWS = 'reviews';
const DAYS = 'reviewDays';
const STATE = 'reviewDaysState';

/**
 * Keeps the per-day summaries of the review log (review-days.ts) equal to a count of it, whatever
 * writes to the log: every change to the table `reviews` passes through here, in its own
 * transaction (to which the summary tables are added), so no path that deletes, re-rates,
 * restores or re-adds answers can leave the summaries behind.
 * - An answer added without an id (a new answer) costs nothing: it gets an id above every one
 *   counted, and the next count reads it.
 * - An answer counted already that is changed, deleted or added back with its id is taken out
 *   of its day as it was and put in as it is now.
 * - Clearing a range of the log (a restore) drops the summaries; the next count starts over.
 */
export const reviewDaysGuard: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'reviewDays',
	create(down) {
		if (!down.schema.tables.some((t) => t.name === DAYS)) return down;
		return {
			...down,
			transaction(stores, mode, options) {
				const widened = mode === 'readwrite' && stores.includes(REVIEWS) ? [...new Set([...stores, DAYS, STATE])] : stores;
				return down.transaction(widened, mode, options);
			},
			table(name) {
				const table = down.table(name);
				return name === REVIEWS ? { ...table, mutate: (req) => guarded(down, table, req) } : table;
			}
		};
	}
};

/** The ids a request writes or deletes, in its order (undefined: a new answer, not yet numbered). */
function idsOf(req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): (number | undefined)[] {
	if (req.type === 'delete') return req.keys as number[];
	return req.values.map((value: ReviewRecord, i) => (req.keys?.[i] as number | undefined) ?? value.id);
}

async function guarded(down: DBCore, reviews: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
	if (req.type === 'add' && req.values.every((value: ReviewRecord) => value.id === undefined)) return reviews.mutate(req);
	const { trans } = req;
	const state = (await down.table(STATE).get({ trans, key: STATE_KEY })) as ReviewDaysState | undefined;
	if (!state) return reviews.mutate(req);
	if (req.type === 'deleteRange' || state.timeZone !== localTimeZone()) {
		await dropSummaries(down, trans);
		return reviews.mutate(req);
	}
	const ids = idsOf(req);
	const counted = ids.map((id, i) => ({ id, i })).filter((op): op is { id: number; i: number } => op.id !== undefined && op.id <= state.foldedThrough);
	if (counted.length === 0) return reviews.mutate(req);
	const before = (await reviews.getMany({ trans, keys: counted.map((op) => op.id) })) as (ReviewRecord | undefined)[];
	const response = await reviews.mutate(req);
	const done = counted.map((op, k) => ({ ...op, before: before[k] })).filter((op) => !(op.i in response.failures));
	const deltas = new Map<string, DaySummary>();
	const dayOf = dayFinder(state.dayStartHour);
	foldAnswers(
		deltas,
		done.flatMap((op) => (op.before ? [op.before] : [])),
		dayOf,
		-1
	);
	if (req.type !== 'delete')
		foldAnswers(
			deltas,
			done.map((op) => req.values[op.i] as ReviewRecord),
			dayOf,
			1
		);
	await addToDays(down.table(DAYS), trans, [...deltas.values()]);
	return response;
}

async function dropSummaries(down: DBCore, trans: DBCoreTransaction): Promise<void> {
	const range = { type: 3 as const, lower: down.MIN_KEY, upper: down.MAX_KEY, lowerOpen: false, upperOpen: false };
	await Promise.all([down.table(STATE).mutate({ type: 'delete', trans, keys: [STATE_KEY] }), down.table(DAYS).mutate({ type: 'deleteRange', trans, range })]);
}

/** addToStoredDays (review-days.ts) below Dexie's tables, in the request's transaction. */
async function addToDays(days: DBCoreTable, trans: DBCoreTransaction, deltas: DaySummary[]): Promise<void> {
	const stored = (await days.getMany({ trans, keys: deltas.map(dayRowKey) })) as (DaySummary | undefined)[];
	const merged = deltas.map((delta, i) => mergeDay(stored[i], delta));
	const kept = merged.filter((d) => !isEmptyDay(d));
	const emptied = merged.filter(isEmptyDay).map(dayRowKey);
	await Promise.all([
		kept.length > 0 ? days.mutate({ type: 'put', trans, values: kept }) : null,
		emptied.length > 0 ? days.mutate({ type: 'delete', trans, keys: emptied }) : null
	]);
}
