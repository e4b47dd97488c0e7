import { describe, expect, it } from 'vitest';
import { alphaBand, discriminationBand, facilityBand } from './bands';
import { gradebook, RELIABLE_STUDENTS } from './gradebook';
import type { AnswerValue, AttemptResult } from './schema';
import { assignmentOf, mcq } from './test-fixtures';

const assignment = assignmentOf([mcq('q1', ['a', 'b', 'c'], 0), mcq('q2', ['a', 'b', 'c'], 0), mcq('q3', ['a', 'b', 'c'], 0)], { passMark: 50 });

function result(name: string, responses: AnswerValue[], finishedAt = 2_000_000): AttemptResult {
	return {
		assignmentId: assignment.id,
		contentHash: 'hash0000',
		attemptId: `att${name.toLowerCase()}00`,
		studentName: name,
		startedAt: 1_000_000,
		finishedAt,
		// The flags say everything was right: the gradebook must grade again, not trust them.
		answers: responses.map((response) => ({ response, correct: true, durationMs: 1000 }))
	};
}

// Marks (1 right, 0 wrong): A 111, B 110, C 100, D 010, E 000.
const results = [result('A', [0, 0, 0]), result('B', [0, 0, 1]), result('C', [0, 1, 2]), result('D', [2, 0, 1]), result('E', [1, null, 1])];

describe('the item analysis, against figures worked by hand', () => {
	const book = gradebook(assignment, results);
	const [q1, q2, q3] = book.questions;

	it('grades every answer again with the teacher’s key', () => {
		expect(book.students.map((s) => s.right)).toEqual([3, 2, 1, 1, 0]);
		expect(book.students.map((s) => s.passed)).toEqual([true, true, false, false, false]);
	});

	it('gives the facility index: percent right', () => {
		expect([q1.facility, q2.facility, q3.facility]).toEqual([60, 60, 20]);
	});

	it('gives the discrimination index: 100 × r(item, rest of test), variances over n − 1', () => {
		// q1: cov 0.15, var(item) 0.3, var(rest) 0.7 → 15 / √0.21 = 32.73
		expect(q1.discrimination).toBeCloseTo(32.733, 2);
		expect(q2.discrimination).toBeCloseTo(32.733, 2);
		// q3: cov 0.2, var(item) 0.2, var(rest) 0.7 → 20 / √0.14 = 53.45
		expect(q3.discrimination).toBeCloseTo(53.452, 2);
	});

	it('gives the discriminative efficiency: covariance over its largest possible value', () => {
		// q1: largest covariance (both sorted) 0.4 → 100 × 0.15 / 0.4
		expect(q1.efficiency).toBeCloseTo(37.5, 6);
		expect(q3.efficiency).toBeCloseTo(100, 6);
	});

	it('names the most common wrong answer', () => {
		expect(q1.commonWrong).toEqual({ answer: 'c', count: 1 });
		expect(q3.commonWrong).toEqual({ answer: 'b', count: 3 });
		expect(q2.answered).toBe(4);
	});

	it('gives the mean, standard deviation (n − 1) and Cronbach’s alpha of the test', () => {
		expect(book.test.mean).toBeCloseTo(46.667, 2);
		// var(total) 1.3 → SD √1.3 × 100/3 = 38.006
		expect(book.test.sd).toBeCloseTo(38.006, 2);
		// 3/2 × (1 − (0.3 + 0.3 + 0.2) / 1.3)
		expect(book.test.alpha).toBeCloseTo(0.576923, 5);
		expect(book.test.reliable).toBe(false);
	});

	it('calls the figures reliable from about 20 students on', () => {
		const many = Array.from({ length: RELIABLE_STUDENTS }, (_, i) => result(`S${i}`, [i % 2, 0, i % 3]));
		expect(gradebook(assignment, many).test.reliable).toBe(true);
	});
});

describe('figures that cannot be computed, or that warn', () => {
	it('leaves discrimination empty when everyone got the item right', () => {
		const book = gradebook(assignment, [result('A', [0, 0, 0]), result('B', [0, 1, 1])]);
		expect(book.questions[0].facility).toBe(100);
		expect(book.questions[0].discrimination).toBeNull();
		expect(book.questions[0].efficiency).toBeNull();
	});

	it('gives a negative discrimination when the weaker students get an item right', () => {
		const book = gradebook(assignment, [result('A', [1, 0, 0]), result('B', [1, 0, 0]), result('C', [0, 1, 1]), result('D', [0, 1, 1])]);
		expect(book.questions[0].discrimination).toBeLessThan(0);
		expect(discriminationBand(book.questions[0].discrimination)).toMatch(/check the key/);
	});

	it('marks a result submitted after the due time as late', () => {
		const due = assignmentOf(assignment.questions, { due: 1_500_000 });
		expect(gradebook(due, [result('A', [0, 0, 0])]).students[0].late).toBe(true);
		expect(gradebook(due, [result('A', [0, 0, 0], 1_400_000)]).students[0].late).toBe(false);
	});
});

describe('Moodle’s bands in words', () => {
	it('for the facility index', () => {
		expect(facilityBand(5)).toMatch(/^Extremely difficult/);
		expect(facilityBand(10)).toBe('Very difficult');
		expect(facilityBand(34)).toBe('Moderately difficult');
		expect(facilityBand(35)).toBe('About right for the average student');
		expect(facilityBand(64)).toBe('About right for the average student');
		expect(facilityBand(80)).toBe('Fairly easy');
		expect(facilityBand(95)).toBe('Extremely easy');
	});
	it('for the discrimination index', () => {
		expect(discriminationBand(50)).toBe('Very good discrimination');
		expect(discriminationBand(30)).toBe('Adequate discrimination');
		expect(discriminationBand(29.9)).toBe('Weak discrimination');
		expect(discriminationBand(10)).toBe('Very weak discrimination');
		expect(discriminationBand(null)).toMatch(/^Cannot be computed/);
	});
	it('for Cronbach’s alpha', () => {
		expect(alphaBand(0.8)).toMatch(/^Satisfactory/);
		expect(alphaBand(0.5)).toMatch(/^Low/);
	});
});
