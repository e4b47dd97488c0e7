import { describe, expect, it } from 'vitest';
import { gradebookCsv } from './csv';
import { gradebook } from './gradebook';
import { parseCsv } from '../../../tests/csv';
import { assignmentOf, mcq } from './test-fixtures';

describe('the CSV export', () => {
	const assignment = assignmentOf([mcq('q1', ['yes, really', 'no'], 0), { id: 'q2', type: 'short_answer', prompt: 'Name?', tags: [], answer: 'Kyiv' }]);
	const results = [
		{ name: 'Zoë "Z" Müller', answers: [0, 'Kiev\nfirst line'] },
		{ name: '=HYPERLINK("x")', answers: [1, 'Kyiv'] }
	].map((s, i) => ({
		assignmentId: 'assign01',
		contentHash: 'h',
		attemptId: `att${i}0000`,
		studentName: s.name,
		startedAt: Date.UTC(2026, 2, 2, 9, 0, 0),
		finishedAt: Date.UTC(2026, 2, 2, 9, 4, 30),
		answers: s.answers.map((response) => ({ response, correct: false, durationMs: 1 }))
	}));
	const csv = gradebookCsv(gradebook(assignment, results));

	it('starts with a byte-order mark and ends lines with CRLF', () => {
		expect(csv.startsWith('\uFEFFStudent,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('has one row per student and one column per question, quoted by RFC 4180', () => {
		const rows = parseCsv(csv.slice(1));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual([
			'Student',
			'Score',
			'Out of',
			'Percent',
			'Passed',
			'Time taken (s)',
			'Submitted (UTC)',
			'Late',
			'Q1',
			'Q2',
			'Q1 answer',
			'Q2 answer'
		]);
		expect(rows[1]).toEqual(['Zoë "Z" Müller', '1', '2', '50', '', '270', '2026-03-02T09:04:30Z', 'no', '1', '0', 'yes, really', 'Kiev\nfirst line']);
		// A name that a spreadsheet would run as a formula stays text.
		expect(rows[2].slice(0, 2)).toEqual([`'=HYPERLINK("x")`, '1']);
	});
});
