import { describe, expect, it } from 'vitest';
import { mergeOutcome, studentKey } from './merge';
import type { AttemptResult } from './schema';

const result = (attemptId: string, finishedAt: number): AttemptResult => ({
	assignmentId: 'assign01',
	contentHash: 'abcdefgh',
	attemptId,
	studentName: 'Ana',
	startedAt: 1,
	finishedAt,
	answers: []
});

describe('merging results of one student', () => {
	it('adds the first, ignores the same attempt again, keeps the newer of two attempts', () => {
		expect(mergeOutcome(undefined, result('a', 10))).toBe('added');
		expect(mergeOutcome(result('a', 10), result('a', 10))).toBe('duplicate');
		expect(mergeOutcome(result('a', 10), result('b', 20))).toBe('replaced');
		expect(mergeOutcome(result('b', 20), result('a', 10))).toBe('older');
	});

	it('knows a student by name, whatever the case and spacing', () => {
		expect(studentKey('  Ana  María ')).toBe(studentKey('ana maría'));
		expect(studentKey('Ana')).not.toBe(studentKey('Anna'));
	});
});
