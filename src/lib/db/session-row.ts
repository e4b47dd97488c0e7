import type { SessionTally } from '$lib/quiz/tally';
import type { SessionRecord, UndoEntry } from './records';

// A stored session row is checked by hand rather than with zod: the study screen reads it on
// every start, and it was the only reason that screen loaded the validator (27 KB gzip, and its
// start-up work, before the first card). The rules are zod's of the same shape: finite numbers,
// whole counts, unknown keys dropped.

/** How many answers Undo can take back, newest first. */
export const UNDO_DEPTH = 50;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFinite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function tallyFrom(value: unknown): SessionTally | null {
	if (!isRow(value)) return null;
	const { items, graded, correct, startedAt } = value;
	return isCount(items) && isCount(graded) && isCount(correct) && isFinite(startedAt) ? { items, graded, correct, startedAt } : null;
}

function undoEntryFrom(value: unknown): UndoEntry | null {
	if (!isRow(value)) return null;
	const { reviewId, cardId } = value;
	const tallyBefore = tallyFrom(value.tallyBefore);
	return Number.isSafeInteger(reviewId) && typeof cardId === 'string' && tallyBefore ? { reviewId: reviewId as number, cardId, tallyBefore } : null;
}

/** The session in a stored row, or null when the row is not one (damaged, or written otherwise). */
export function sessionFromRow(row: unknown): SessionRecord | null {
	if (!isRow(row)) return null;
	const { bankId, day, lastActiveAt } = row;
	const tally = tallyFrom(row.tally);
	if (typeof bankId !== 'string' || !isFinite(day) || !isFinite(lastActiveAt) || !tally) return null;
	if (!Array.isArray(row.undo) || row.undo.length > UNDO_DEPTH) return null;
	const undo: UndoEntry[] = [];
	for (const value of row.undo) {
		const entry = undoEntryFrom(value);
		if (!entry) return null;
		undo.push(entry);
	}
	return { bankId, day, tally, lastActiveAt, undo };
}
