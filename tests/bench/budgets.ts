// The goals of `npm run bench` (issue 11). A miss fails the bench (exit 1) and is named.

export interface Figures {
	gradeToNextP95Ms: number;
	dueCountsP95Ms: number;
	importRatioVsRawIdb: number;
	homeJsGzipKB: number;
	/** The study screen's: a barrel import once brought zod and the teacher's code along (141 KB). */
	studyJsGzipKB: number;
	/**
	 * The heaviest page's, whichever it is: pages reached zod and ts-fsrs through barrel imports
	 * and eager validators one by one (Settings 130 KB, Deck 130, the teacher's pages up to 137).
	 */
	largestRouteJsGzipKB: number;
	/** 50k cards over 1k cards, median against median, for each timed path. */
	gradeToNextGrowth: number;
	dueCountsGrowth: number;
	/** The same paths on a freshly imported deck of 50k new cards. */
	newDeckGradeToNextP95Ms?: number;
	newDeckDueCountsP95Ms?: number;
	/** The generator's cost per sentence at 100k sentences over that at 1k (1 = linear). */
	generatorScalingGrowth: number;
}

interface Budget {
	name: string;
	figure: (f: Figures) => number | undefined;
	max: number;
	unit: string;
}

export const BUDGETS: Budget[] = [
	{ name: 'grade → next card p95 at 50k cards', figure: (f) => f.gradeToNextP95Ms, max: 16, unit: 'ms' },
	{ name: 'Home due counts p95 at 50k cards', figure: (f) => f.dueCountsP95Ms, max: 50, unit: 'ms' },
	{ name: 'grade → next card p95, 50k new cards', figure: (f) => f.newDeckGradeToNextP95Ms, max: 16, unit: 'ms' },
	{ name: 'Home due counts p95, 50k new cards', figure: (f) => f.newDeckDueCountsP95Ms, max: 50, unit: 'ms' },
	{ name: 'import of 10,000 questions vs raw IndexedDB', figure: (f) => f.importRatioVsRawIdb, max: 2, unit: '×' },
	{ name: 'Home first-load JavaScript (gzip)', figure: (f) => f.homeJsGzipKB, max: 100, unit: 'KB' },
	{ name: 'study screen first-load JavaScript (gzip)', figure: (f) => f.studyJsGzipKB, max: 100, unit: 'KB' },
	{ name: 'largest first-load JavaScript of any page (gzip)', figure: (f) => f.largestRouteJsGzipKB, max: 100, unit: 'KB' },
	{ name: 'grade → next card growth, 50k over 1k cards', figure: (f) => f.gradeToNextGrowth, max: 1.5, unit: '×' },
	{ name: 'Home due counts growth, 50k over 1k cards', figure: (f) => f.dueCountsGrowth, max: 1.5, unit: '×' },
	{ name: 'generator cost per sentence, 100k over 1k sentences', figure: (f) => f.generatorScalingGrowth, max: 1.5, unit: '×' }
];

export interface Verdict {
	name: string;
	value: number;
	max: number;
	unit: string;
	met: boolean;
}

/** Every budget that has a figure in this run, met or not (a figure not measured is left out). */
export function verdicts(figures: Figures): Verdict[] {
	return BUDGETS.flatMap((b) => {
		const value = b.figure(figures);
		return value === undefined || Number.isNaN(value) ? [] : [{ name: b.name, value, max: b.max, unit: b.unit, met: value <= b.max }];
	});
}
