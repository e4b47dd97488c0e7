// Reading Lighthouse's JSON report: where a route's performance score goes.

export interface Report {
	categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
	audits?: Record<string, { score: number | null; numericValue?: number; displayValue?: string }>;
	runtimeError?: { message: string };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The points each weighted metric lost in one report: weight × (1 − score), out of 100. */
function lostPoints(report: Report): Map<string, { points: number; shown: string }> {
	const lost = new Map<string, { points: number; shown: string }>();
	for (const ref of report.categories.performance?.auditRefs ?? []) {
		const audit = report.audits?.[ref.id];
		if (!ref.weight || !audit || audit.score === null) continue;
		lost.set(ref.id, { points: ref.weight * (1 - audit.score), shown: audit.displayValue ?? '' });
	}
	return lost;
}

/** The metrics that lost a point or more, by median over the runs, with each run's value. */
export function losses(reports: Report[]): string {
	const perRun = reports.map(lostPoints);
	const ids = [...new Set(perRun.flatMap((m) => [...m.keys()]))];
	return ids
		.map((id) => ({ id, points: median(perRun.map((m) => m.get(id)?.points ?? 0)), shown: perRun.map((m) => m.get(id)?.shown ?? '?').join(' / ') }))
		.filter((l) => l.points >= 1)
		.sort((a, b) => b.points - a.points)
		.map((l) => `${l.id} −${l.points.toFixed(0)} (${l.shown})`)
		.join('; ');
}
