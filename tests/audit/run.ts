// `npm run audit`: axe-core on every route (the browser tests' tests/e2e/a11y.spec.ts, which
// `npm test` runs too), then Lighthouse 12.2.3 (through npx) on every route of the built app,
// served as a static host serves it, in Debian's Chromium with no network but the loopback.
// Prints the scores; exits 1 naming each one under its goal.
//   --no-build       reuse the last build
//   --no-axe         Lighthouse only
//   --routes=/a,/x   audit only these routes
//   --runs=1         Lighthouse this many times a route (3 by default) and take each score's
//                    median: one run's performance score moves by several points, more so on a
//                    shared machine, and Lighthouse's own advice is the median of several
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { runMain } from '../bench/main';
import { serve } from '../bench/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { losses, median, type Report } from './report';

const PORT = Number(process.env.FACTDECK_AUDIT_PORT ?? 4186);
const OUT = 'tests/.tmp/lighthouse';
// Every page of the app; the teacher's assignment pages with an id no profile has, as a new link opens them.
const ROUTES = [
	'/',
	'/study/winter-drone-campaign',
	'/deck/winter-drone-campaign',
	'/settings',
	'/stats',
	'/browse',
	'/collection',
	'/generate',
	'/teach',
	'/teach/new',
	'/teach/import',
	'/teach/no-such-assignment',
	'/teach/no-such-assignment/edit',
	'/a',
	'/r'
];
const GOALS: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function option(name: string): string | undefined {
	return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
	return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

/**
 * Lighthouse in a child process, awaited rather than run synchronously: the app's server lives in
 * this process, and a blocked event loop would leave Lighthouse waiting for a page forever.
 */
async function lighthouse(url: string, file: string): Promise<Report> {
	const args = ['-y', 'lighthouse@12.2.3', url, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`];
	const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
	const status = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', resolve);
	});
	if (status !== 0) throw new Error(`Lighthouse could not audit ${url}`);
	return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

async function main(): Promise<number> {
	if (!process.argv.includes('--no-build') && !run('npx', ['vite', 'build', '--logLevel', 'warn'])) throw new Error('the build failed');
	const missed: string[] = [];
	if (!process.argv.includes('--no-axe')) {
		console.log('\n=== axe-core on every route (tests/e2e/a11y.spec.ts)');
		if (!run('npx', ['playwright', 'test', 'tests/e2e/a11y.spec.ts', '--project=phone'], { CI: '1' })) missed.push('axe-core found violations (see above)');
	}

	const routes = option('routes')?.split(',') ?? ROUTES;
	const runs = Math.max(1, Number(option('runs') ?? 3));
	console.log(`\n=== Lighthouse 12.2.3 (mobile, simulated throttling), ${runs} run(s) a route, median`);
	mkdirSync(OUT, { recursive: true });
	const server = await serve(PORT);
	const rows: string[] = [];
	try {
		for (const route of routes) {
			const reports: Report[] = [];
			for (let i = 0; i < runs; i++) {
				const suffix = runs === 1 ? '' : `-${i + 1}`;
				reports.push(await lighthouse(`http://127.0.0.1:${PORT}${route}`, `${OUT}/${route.replace(/\W+/g, '-')}${suffix}.json`));
			}
			for (const report of reports) if (report.runtimeError) missed.push(`${route}: Lighthouse: ${report.runtimeError.message}`);
			const scores = Object.keys(GOALS).map((id) => {
				const score = median(reports.map((r) => r.categories[id]?.score ?? 0));
				if (score < GOALS[id]) missed.push(`${route}: ${id} ${Math.round(score * 100)} (goal ${GOALS[id] * 100})`);
				return String(Math.round(score * 100)).padStart(id.length);
			});
			const each = reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(', ');
			rows.push(`| ${route.padEnd(30)} | ${scores.join(' | ')} | ${each.padEnd(12)} | ${losses(reports)} |`);
		}
	} finally {
		server.close();
	}
	console.log(`\n| ${'route'.padEnd(30)} | ${Object.keys(GOALS).join(' | ')} | ${'runs'.padEnd(12)} | performance lost to (median points) |`);
	for (const row of rows) console.log(row);
	for (const miss of missed) console.log(`MISSED: ${miss}`);
	return missed.length === 0 ? 0 : 1;
}

runMain(main);
