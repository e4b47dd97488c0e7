import type { ScalingRun } from './generator-scaling';
// The bench's readable table: one row per measure, one column per deck size.
import type { Verdict } from './budgets';
import type { RouteSize } from './sizes';
import type { Summary } from './stats';

export interface DeckResult {
	label: string;
	/** deckCounts alone, called in the page. */
	countsQuery: Summary;
	/** Click on the Home link to every deck's counts on screen. */
	homeCounts: Summary;
	gradeToNext: Summary;
	checkToFeedback: Summary;
	nextToCard: Summary;
	coldStart: Summary;
	/** Browse: the header link to the first card row; a sort change to the new list's first row. */
	browseOpen: Summary;
	browseSort: Summary;
	/** Home's Statistics link to the answer charts drawn (the calendar first), and to the card charts drawn. */
	statistics: Summary;
	statisticsCards: Summary;
}

export interface ImportResult {
	questions: number;
	app: Summary;
	raw: Summary;
}

const ROWS: [string, keyof Omit<DeckResult, 'label'>][] = [
	['grade → next card (flashcard rating)', 'gradeToNext'],
	['quiz Check → feedback (answer saved)', 'checkToFeedback'],
	['quiz Next → next card', 'nextToCard'],
	['Home link → due/new counts on screen', 'homeCounts'],
	['due/new counts query alone', 'countsQuery'],
	['cold start (service worker) → first card', 'coldStart'],
	['Browse link → first card row', 'browseOpen'],
	['Browse sort change → first row', 'browseSort'],
	['Statistics link → answer charts (calendar)', 'statistics'],
	['Statistics link → card charts (forecast…)', 'statisticsCards']
];

const ms = (s: Summary) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;

function table(head: string[], rows: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printReport(report: {
	decks: DeckResult[];
	imported?: ImportResult;
	routes: RouteSize[];
	generator: { words: number; medianMs: number; wordsPerSec: number };
	scaling: ScalingRun[];
	homeLoadedKB: number;
	verdicts: Verdict[];
}): void {
	const { decks, imported, routes, generator } = report;
	console.log('\nTimes in ms, median / p95 (samples: at least 50 each, after 5 warm-up)');
	console.log(
		table(
			['measure', ...decks.map((d) => `${d.label} cards`)],
			ROWS.map(([name, key]) => [name, ...decks.map((d) => ms(d[key]))])
		)
	);
	if (imported) {
		console.log(`\nImport of ${imported.questions.toLocaleString('en')} questions into an empty database (median / p95 ms)`);
		console.log(
			table(
				['path', 'ms'],
				[
					['the app: parse, validate, saveBank', ms(imported.app)],
					['raw IndexedDB puts of the same records', ms(imported.raw)],
					['ratio of medians', `${(imported.app.median / imported.raw.median).toFixed(2)}×`]
				]
			)
		);
	}
	console.log('\nJavaScript each route loads first (static imports, gzip -9)');
	console.log(
		table(
			['route', 'files', 'KB raw', 'KB gzip'],
			routes.map((r) => [r.route, String(r.files), r.rawKB.toFixed(1), r.gzipKB.toFixed(1)])
		)
	);
	console.log(`Home, measured in the browser (every script a returning visit loads, gzip -9): ${report.homeLoadedKB.toFixed(1)} KB`);
	console.log(`\nGenerator (Node): ${generator.words} words in ${generator.medianMs.toFixed(0)} ms, ${generator.wordsPerSec.toLocaleString('en')} words/s`);
	console.log('\nGenerator (Node) on long texts, one run each');
	console.log(
		table(
			['sentences', 'ms', 'ms per 1,000 sentences'],
			report.scaling.map((r) => [r.sentences.toLocaleString('en'), r.ms.toFixed(0), r.msPerThousand.toFixed(0)])
		)
	);
	console.log('\nBudgets');
	console.log(
		table(
			['budget', 'measured', 'limit', ''],
			report.verdicts.map((v) => [v.name, `${v.value.toFixed(2)} ${v.unit}`, `${v.max} ${v.unit}`, v.met ? 'met' : 'MISSED'])
		)
	);
}
