import { answerText, isCorrect, scoreOf } from './attempt';
import type { AssignedQuestion, Assignment, AttemptResult } from './schema';
import { covariance, maxCovariance, mean, standardDeviation, variance } from './stats';

/** Below this many students, the item figures say more about chance than about the questions. */
export const RELIABLE_STUDENTS = 20;

export interface StudentRow {
	attemptId: string;
	studentName: string;
	right: number;
	total: number;
	percent: number;
	passed: boolean | null;
	durationMs: number;
	finishedAt: number;
	late: boolean;
	/** Per question, in the assignment's order: whether it was right, and the answer as text. */
	marks: { correct: boolean; answer: string }[];
}

export interface QuestionStats {
	index: number;
	question: AssignedQuestion;
	answered: number;
	/** Percent right (0–100). */
	facility: number;
	/** 100 × correlation of the item's mark with the rest of the test; null without spread. */
	discrimination: number | null;
	/** 100 × covariance with the rest of the test ÷ its largest possible value; null without spread. */
	efficiency: number | null;
	/** The wrong answer given most often, and how many gave it; null when nobody was wrong in the same way. */
	commonWrong: { answer: string; count: number } | null;
}

export interface TestStats {
	students: number;
	/** Mean and standard deviation of the scores, in percent. */
	mean: number;
	sd: number;
	/** Cronbach's alpha (0–1); null with fewer than two questions or two students, or no spread. */
	alpha: number | null;
	reliable: boolean;
}

export interface Gradebook {
	students: StudentRow[];
	questions: QuestionStats[];
	test: TestStats;
}

/**
 * The gradebook of one assignment. Each answer is graded again here with the teacher's own copy
 * of the questions (the result's right/wrong flags come from the student's app and could have been
 * edited). The item analysis follows Moodle's quiz statistics for one-mark questions.
 */
export function gradebook(assignment: Assignment, results: readonly AttemptResult[]): Gradebook {
	const qs = assignment.questions;
	const due = assignment.settings.due;
	const students: StudentRow[] = results.map((r) => {
		const marks = qs.map((q, i) => {
			const value = r.answers[i]?.response ?? null;
			return { correct: isCorrect(q, value), answer: answerText(q, value) };
		});
		const score = scoreOf(
			assignment,
			marks.map((m) => ({ response: null, correct: m.correct, durationMs: 0 }))
		);
		return {
			attemptId: r.attemptId,
			studentName: r.studentName,
			...score,
			durationMs: Math.max(0, r.finishedAt - r.startedAt),
			finishedAt: r.finishedAt,
			late: due !== undefined && r.finishedAt > due,
			marks
		};
	});
	const item = (i: number) => students.map((s) => (s.marks[i].correct ? 1 : 0));
	const totals = students.map((s) => s.right);

	const questions: QuestionStats[] = qs.map((question, index) => {
		const x = item(index);
		const rest = totals.map((t, k) => t - x[k]);
		const spread = variance(x) * variance(rest);
		const cov = covariance(x, rest);
		const max = maxCovariance(x, rest);
		return {
			index,
			question,
			answered: students.filter((s) => s.marks[index].answer !== '').length,
			facility: 100 * mean(x),
			discrimination: spread > 0 ? (100 * cov) / Math.sqrt(spread) : null,
			efficiency: max > 0 ? (100 * cov) / max : null,
			commonWrong: commonWrong(students.map((s) => s.marks[index]))
		};
	});

	// The mean and spread come from exact scores, not from the rounded percentages shown.
	const percents = students.map((s) => (s.total === 0 ? 0 : (100 * s.right) / s.total));
	const k = qs.length;
	const totalVariance = variance(totals);
	const alpha =
		k >= 2 && students.length >= 2 && totalVariance > 0 ? (k / (k - 1)) * (1 - qs.reduce((sum, _, i) => sum + variance(item(i)), 0) / totalVariance) : null;
	return {
		students,
		questions,
		test: {
			students: students.length,
			mean: mean(percents),
			sd: standardDeviation(percents),
			alpha,
			reliable: students.length >= RELIABLE_STUDENTS
		}
	};
}

/** The most frequent wrong answer, compared without case or outer spaces; ties go to the first given. */
function commonWrong(marks: readonly { correct: boolean; answer: string }[]): { answer: string; count: number } | null {
	const counts = new Map<string, { answer: string; count: number }>();
	for (const m of marks) {
		if (m.correct || m.answer.trim() === '') continue;
		const key = m.answer.trim().toLowerCase();
		const entry = counts.get(key) ?? { answer: m.answer.trim(), count: 0 };
		entry.count++;
		counts.set(key, entry);
	}
	let best: { answer: string; count: number } | null = null;
	for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
	return best;
}
