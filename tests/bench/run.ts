// `npm run bench`: builds the app, serves it, and measures in Debian's Chromium what a learner
// waits for at 1k, 10k and 50k cards (and a 50k deck just imported), Browse and Statistics over them too; then import speed, the
// generator's speed in Node and the JavaScript each route loads. Prints a table, then one JSON
// line; exits 1 naming each budget missed. Slow (minutes): it is not part of `npm test`.
//   --no-build      reuse the last build
//   --sizes=1000    run only these deck sizes (comma-separated; "new" is the 50k new deck)
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { benchIn, launch } from './browser';
import { BENCH_PAGE_DIR, buildBenchPage } from './build-page';
import { verdicts, type Figures } from './budgets';
import { runMain } from './main';
import { printReport, type DeckResult, type ImportResult } from './report';
import { browse, coldStarts, homeCounts, openHome, SAMPLES, statistics, study, WARM_UP } from './scenarios';
import { serve } from './server';
import { routeSizes } from './sizes';
import { summarise } from './stats';
import { generatorScaling, scalingGrowth } from './generator-scaling';
import { generatorSpeed } from './words-per-second';
import type { SeedOptions } from './page/entry';

const PORT = Number(process.env.FACTDECK_BENCH_PORT ?? 4186);
const BASE = `http://127.0.0.1:${PORT}`;
const IMPORT_SIZE = 10_000;
// The app as built when the bench started: a build made while it runs does not change what it measures.
const APP_DIR = 'tests/.tmp/bench-app';

interface DeckPlan {
	label: string;
	key: string;
	seed: SeedOptions;
}

const due = { dueLearning: 16, dueReview: 200 };
const PLANS: DeckPlan[] = [
	{ label: '1k', key: '1000', seed: { bankId: 'bench', title: 'Bench deck', size: 1_000, reviewsPerCard: 10, ...due } },
	{ label: '10k', key: '10000', seed: { bankId: 'bench', title: 'Bench deck', size: 10_000, reviewsPerCard: 10, ...due } },
	{ label: '50k', key: '50000', seed: { bankId: 'bench', title: 'Bench deck', size: 50_000, reviewsPerCard: 10, ...due } },
	{
		label: '50k new',
		key: 'new',
		seed: { bankId: 'bench', title: 'Bench deck', size: 50_000, reviewsPerCard: 0, dueLearning: 0, dueReview: 0, newPerDay: 200 }
	}
];

function option(name: string): string | undefined {
	return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

/** Gzip size of every script a page loaded, read from the build. */
function scriptsGzipKB(urls: string[]): number {
	const bytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(`${APP_DIR}${new URL(url).pathname}`), { level: 9 }).length, 0);
	return bytes / 1024;
}

async function deck(plan: DeckPlan, measureHomeJs: boolean): Promise<{ result: DeckResult; homeJsKB?: number }> {
	console.log(`… ${plan.label}: seeding ${plan.seed.size.toLocaleString('en')} cards`);
	const context = await launch(`tests/.tmp/bench-profile-${plan.key}`, BASE);
	try {
		const page: Page = context.pages()[0] ?? (await context.newPage());
		await openHome(page);
		// The first visit also loads what syncing the built-in deck needs; a learner's next visit does not.
		await openHome(page);
		const homeJsKB = measureHomeJs ? scriptsGzipKB(await page.evaluate(() => window.__probe.scripts())) : undefined;
		await benchIn(page);
		const seeded = await page.evaluate((o) => window.factdeckBench!.seed(o), plan.seed);
		const query = await page.evaluate(([id, n]) => window.factdeckBench!.timeCounts(id, n), [plan.seed.bankId, WARM_UP + SAMPLES] as const);
		await openHome(page);
		const counted = seeded.countMs === undefined ? '' : `; the statistics counted them into day summaries in ${(seeded.countMs / 1000).toFixed(1)} s (once)`;
		console.log(`… ${plan.label}: seeded in ${(seeded.ms / 1000).toFixed(0)} s (${seeded.reviews.toLocaleString('en')} review rows${counted}); timing Home`);
		const home = await homeCounts(page);
		console.log(`… ${plan.label}: studying`);
		const studied = await study(page, plan.seed.title);
		console.log(`… ${plan.label}: cold starts`);
		const cold = await coldStarts(context, plan.seed.bankId);
		console.log(`… ${plan.label}: browsing`);
		const browsed = await browse(page);
		console.log(`… ${plan.label}: statistics`);
		const stats = await statistics(page);
		return {
			homeJsKB,
			result: {
				label: plan.label,
				countsQuery: summarise(query.slice(WARM_UP)),
				homeCounts: summarise(home),
				gradeToNext: summarise(studied.gradeToNext),
				checkToFeedback: summarise(studied.checkToFeedback),
				nextToCard: summarise(studied.nextToCard),
				coldStart: summarise(cold),
				browseOpen: summarise(browsed.open),
				browseSort: summarise(browsed.sort),
				statistics: summarise(stats.answers),
				statisticsCards: summarise(stats.cards)
			}
		};
	} finally {
		await context.close();
	}
}

async function importSpeed(): Promise<ImportResult> {
	console.log(`… importing ${IMPORT_SIZE.toLocaleString('en')} questions, beside raw IndexedDB`);
	const context = await launch('tests/.tmp/bench-profile-import', BASE);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await openHome(page);
		await benchIn(page);
		const app: number[] = [];
		const raw: number[] = [];
		for (let i = 0; i < WARM_UP + SAMPLES; i++) {
			const t = await page.evaluate((n) => window.factdeckBench!.timeImport(n), IMPORT_SIZE);
			if (i < WARM_UP) continue;
			app.push(t.importMs);
			raw.push(t.rawMs);
		}
		await page.evaluate(() => window.factdeckBench!.dropImports());
		return { questions: IMPORT_SIZE, app: summarise(app), raw: summarise(raw) };
	} finally {
		await context.close();
	}
}

async function main(): Promise<number> {
	if (!process.argv.includes('--no-build')) {
		console.log('… building the app (vite build)');
		const built = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
		if (built.status !== 0) throw new Error('the build failed');
	}
	rmSync(APP_DIR, { recursive: true, force: true });
	cpSync('build', APP_DIR, { recursive: true });
	await buildBenchPage();
	const routes = routeSizes();
	console.log('… generator words per second (Node)');
	const generator = generatorSpeed();
	console.log('… generator at 1, 10 and 100 thousand sentences (Node)');
	const scaling = generatorScaling();
	const wanted = option('sizes')?.split(',');
	const plans = PLANS.filter((p) => !wanted || wanted.includes(p.key));

	const server = await serve(PORT, { '/__bench': BENCH_PAGE_DIR }, APP_DIR);
	const decks: DeckResult[] = [];
	let homeLoadedKB = Number.NaN;
	let imported: ImportResult | undefined;
	try {
		for (const [i, plan] of plans.entries()) {
			const { result, homeJsKB: kb } = await deck(plan, i === 0);
			decks.push(result);
			if (kb !== undefined) homeLoadedKB = kb;
		}
		if (!process.argv.includes('--no-import')) imported = await importSpeed();
	} finally {
		server.close();
	}

	const at = (label: string) => decks.find((d) => d.label === label);
	const big = at('50k');
	const small = at('1k');
	const figures: Figures = {
		gradeToNextP95Ms: big?.gradeToNext.p95 ?? Number.NaN,
		dueCountsP95Ms: big?.homeCounts.p95 ?? Number.NaN,
		importRatioVsRawIdb: imported ? imported.app.median / imported.raw.median : Number.NaN,
		homeJsGzipKB: routes.find((r) => r.route === '/')?.gzipKB ?? Number.NaN,
		studyJsGzipKB: routes.find((r) => r.route === '/study/[bankId]')?.gzipKB ?? Number.NaN,
		largestRouteJsGzipKB: routes.length > 0 ? Math.max(...routes.map((r) => r.gzipKB)) : Number.NaN,
		gradeToNextGrowth: big && small ? big.gradeToNext.median / small.gradeToNext.median : Number.NaN,
		dueCountsGrowth: big && small ? big.homeCounts.median / small.homeCounts.median : Number.NaN,
		newDeckGradeToNextP95Ms: at('50k new')?.gradeToNext.p95,
		newDeckDueCountsP95Ms: at('50k new')?.homeCounts.p95,
		generatorScalingGrowth: scalingGrowth(scaling)
	};
	const results = verdicts(figures);
	printReport({ decks, imported, routes, generator, scaling, homeLoadedKB, verdicts: results });
	const json = {
		...figures,
		coldStartP95Ms: big?.coldStart.p95 ?? Number.NaN,
		homeJsLoadedGzipKB: homeLoadedKB,
		generatorWordsPerSec: generator.wordsPerSec,
		generatorScaling: scaling,
		bySize: Object.fromEntries(decks.map((d) => [d.label, d]))
	};
	const missed = results.filter((v) => !v.met);
	for (const miss of missed) console.log(`MISSED: ${miss.name}: ${miss.value.toFixed(2)} ${miss.unit} (budget ${miss.max} ${miss.unit})`);
	console.log(JSON.stringify(json, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
	return missed.length === 0 ? 0 : 1;
}

runMain(main);
