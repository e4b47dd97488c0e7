import { describe, expect, it } from 'vitest';
import { answerText, answerValue, fromWireResult, isCorrect, layoutFor, scoreOf, toWireResult } from './attempt';
import { assignmentOf, mcq } from './test-fixtures';

const questions = Array.from({ length: 8 }, (_, i) => mcq(`q${i}`, ['a', 'b', 'c', 'd'], 0));

describe('the layout of an attempt', () => {
	it('keeps the authored order unless the teacher asked for shuffling', () => {
		const layout = layoutFor(assignmentOf(questions), 'seed1');
		expect(layout.order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(layout.choices.every((c) => c.length === 0)).toBe(true);
	});

	it('shuffles questions and choices the same way for the same seed, differently for another', () => {
		const a = assignmentOf(questions, { shuffleQuestions: true, shuffleChoices: true });
		const one = layoutFor(a, 'seed1');
		expect(layoutFor(a, 'seed1')).toEqual(one);
		expect([...one.order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect([...one.choices[0]].sort()).toEqual([0, 1, 2, 3]);
		expect(layoutFor(a, 'seed2').order).not.toEqual(one.order);
	});
});

describe('grading and scoring an attempt', () => {
	const a = assignmentOf(
		[
			mcq('m', ['x', 'y'], 1),
			{ id: 't', type: 'true_false', prompt: 'T?', tags: [], answer: false },
			{ id: 'n', type: 'numeric', prompt: 'N?', tags: [], answer: 24, unit: 'hours' }
		],
		{ passMark: 60 }
	);
	it('grades answers by the app’s rules; none, or one of the wrong shape, is wrong', () => {
		const [m, t, n] = a.questions;
		expect(isCorrect(m, 1)).toBe(true);
		expect(isCorrect(m, 7)).toBe(false);
		expect(isCorrect(t, false)).toBe(true);
		expect(isCorrect(t, 'false')).toBe(false);
		expect(isCorrect(n, '24 hours')).toBe(true);
		expect(isCorrect(n, null)).toBe(false);
		expect(answerText(m, 1)).toBe('y');
		expect(answerText(t, false)).toBe('False');
		expect(answerValue({ kind: 'text', value: 'x'.repeat(900) })).toHaveLength(500);
	});

	it('scores against the pass mark, and round-trips through the wire form', () => {
		const answers = [true, true, false].map((correct) => ({ response: null, correct, durationMs: 5 }));
		expect(scoreOf(a, answers)).toEqual({ right: 2, total: 3, percent: 66.7, passed: true });
		const result = { assignmentId: 'assign01', contentHash: 'abcdefgh', attemptId: 'att000001', studentName: 'Ana', startedAt: 1, finishedAt: 2, answers };
		expect(fromWireResult(toWireResult(result))).toEqual(result);
	});
});
