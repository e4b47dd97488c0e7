import { describe, expect, it } from 'vitest';
import { addAnswer, formatDuration, startTally, summarise } from './tally';

const start = new Date('2026-03-02T10:00:00Z');

describe('session tally', () => {
	it('counts graded answers and self-rated flashcards apart', () => {
		let t = startTally(start);
		t = addAnswer(t, true);
		t = addAnswer(t, false);
		t = addAnswer(t, undefined);
		t = addAnswer(t, true);
		const s = summarise(t, new Date(start.getTime() + 95_000));
		expect(s).toMatchObject({ items: 4, graded: 3, correct: 2, durationMs: 95_000, percent: 67 });
	});

	it('has no percentage when nothing was graded', () => {
		const s = summarise(addAnswer(startTally(start), undefined), start);
		expect(s.percent).toBeNull();
		expect(s.items).toBe(1);
	});
});

describe('formatDuration', () => {
	it.each([
		[0, '0 s'],
		[44_600, '45 s'],
		[185_000, '3 min 05 s'],
		[3_725_000, '1 h 02 min']
	])('%i ms reads as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});
