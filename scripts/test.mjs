// `npm test`: format and lint check, type check, unit and component tests, build, end-to-end tests in Debian's
// Chromium, then one closing line `N passed, N failed` (the CI runner reads only that line).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const TMP = 'tests/.tmp';
mkdirSync(TMP, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
	console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
	const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

/** A step with no test count of its own (type check, build) counts as one test. */
function step(label, command, args) {
	const ok = run(label, command, args);
	if (ok) passed++;
	else failed++;
	if (!ok) console.log(`--- ${label} FAILED`);
	return ok;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

step('format and lint', 'npm', ['run', '--silent', 'lint']);
step('type check', 'sh', ['-c', 'npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --threshold error']);

const vitestJson = `${TMP}/vitest.json`;
rmSync(vitestJson, { force: true });
const unitOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
} else {
	failed++;
}

const built = step('build', 'npx', ['vite', 'build']);

const browser = ensureChromium();
if (!browser.ok) {
	console.error(`\n${browser.message}`);
	failed++;
} else if (built) {
	const e2eJson = `${TMP}/playwright.json`;
	rmSync(e2eJson, { force: true });
	const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: browser.path });
	const e2e = readJson(e2eJson);
	if (e2e) {
		const ran = e2e.stats.expected + e2e.stats.flaky + e2e.stats.unexpected;
		passed += e2e.stats.expected + e2e.stats.flaky;
		failed += e2e.stats.unexpected + (e2eOk || e2e.stats.unexpected > 0 ? 0 : 1);
		// A suite that cannot load (a missing file, a syntax error) runs nothing: never call that a pass.
		if (ran === 0) {
			console.log('--- end-to-end tests: NONE RAN. The browser suite did not load; see the errors above.');
			failed++;
		}
	} else {
		failed++;
	}
} else {
	console.log('--- end-to-end tests skipped: the build failed');
	failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
