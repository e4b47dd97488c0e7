import type { Gradebook } from './gradebook';

/** One field by RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(value: string | number): string {
	const text = String(value);
	// A leading = + - @ would make a spreadsheet run the cell as a formula: keep it text.
	const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(values: readonly (string | number)[]): string {
	return values.map(field).join(',');
}

/** An ISO time without milliseconds: 2026-03-02T10:00:00Z. */
const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The gradebook as CSV for spreadsheet apps: UTF-8 with a byte-order mark (so Excel reads the
 * accents right), CRLF line ends, one row per student and one column per question (1 right,
 * 0 wrong), then the answer given to each question.
 */
export function gradebookCsv(book: Gradebook): string {
	const n = book.questions.length;
	const numbers = Array.from({ length: n }, (_, i) => i + 1);
	const header = [
		'Student',
		'Score',
		'Out of',
		'Percent',
		'Passed',
		'Time taken (s)',
		'Submitted (UTC)',
		'Late',
		...numbers.map((i) => `Q${i}`),
		...numbers.map((i) => `Q${i} answer`)
	];
	const lines = [row(header)];
	for (const s of book.students) {
		lines.push(
			row([
				s.studentName,
				s.right,
				s.total,
				s.percent,
				s.passed === null ? '' : s.passed ? 'yes' : 'no',
				Math.round(s.durationMs / 1000),
				iso(s.finishedAt),
				s.late ? 'yes' : 'no',
				...s.marks.map((m) => (m.correct ? 1 : 0)),
				...s.marks.map((m) => m.answer)
			])
		);
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
