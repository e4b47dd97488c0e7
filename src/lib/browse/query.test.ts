import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, dueSpan, isFiltered } from './query';

const start = 1_000 * 86_400_000;
const end = start + 86_400_000;

describe('due filters', () => {
	it('keeps what is due before the study day ends for "today", before it began for "overdue"', () => {
		expect(dueSpan({ kind: 'today' }, start, end)).toEqual({ from: -Infinity, to: end });
		expect(dueSpan({ kind: 'overdue' }, start, end)).toEqual({ from: -Infinity, to: start });
	});

	it('adds N study days for "within N days", and keeps every card for none', () => {
		expect(dueSpan({ kind: 'within', days: 3 }, start, end)).toEqual({ from: -Infinity, to: end + 3 * 86_400_000 });
		expect(dueSpan({ kind: 'any' }, start, end)).toBeNull();
	});
});

describe('isFiltered', () => {
	it('is false for the default query and a blank search, true for any filter', () => {
		expect(isFiltered({ ...DEFAULT_QUERY, text: '  ' })).toBe(false);
		expect(isFiltered({ ...DEFAULT_QUERY, tag: 'leech' })).toBe(true);
		expect(isFiltered({ ...DEFAULT_QUERY, due: { kind: 'today' } })).toBe(true);
	});
});
