// `npm run bench`: the speed and size goals, measured, not asserted in tests (a shared 2-core
// machine makes timed tests flaky). Prints each measure beside its goal.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateBank } from '../../src/lib/generate';

const ARTICLES = 'tests/fixtures/articles';
const words = (text: string) => text.trim().split(/\s+/).length;

/** A 1,500-word article made of whole paragraphs of the fixture articles. */
function articleOf(targetWords: number): string {
	const paragraphs = readdirSync(ARTICLES)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.flatMap((f) => readFileSync(`${ARTICLES}/${f}`, 'utf8').split(/\n\s*\n/).slice(1));
	const picked: string[] = [];
	for (const p of paragraphs) {
		if (words(picked.join('\n\n')) >= targetWords) break;
		picked.push(p);
	}
	return `A benchmark article\n\n${picked.join('\n\n')}`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function benchGenerator(): void {
	const text = articleOf(1500);
	const n = words(text);
	generateBank(text); // warm-up: module initialisation and JIT
	const times: number[] = [];
	for (let i = 0; i < 7; i++) {
		const start = performance.now();
		const outcome = generateBank(text);
		times.push(performance.now() - start);
		if (!outcome.ok) throw new Error(`benchmark article gave no questions: ${outcome.reason}`);
	}
	const ms = median(times);
	const verdict = ms < 1000 ? 'meets' : 'MISSES';
	console.log(`generator: ${n} words in ${ms.toFixed(0)} ms (median of 7), ${Math.round((n / ms) * 1000)} words/s — ${verdict} the goal of < 1,000 ms`);

	const big = articleOf(1e9).repeat(8);
	const start = performance.now();
	const outcome = generateBank(big);
	console.log(`generator: ${Math.round(big.length / 1024)} KB text in ${(performance.now() - start).toFixed(0)} ms (${outcome.ok ? `${outcome.bank.questions.length} questions` : outcome.reason})`);
}

/** The JavaScript the Home route loads: its entry, layout and page nodes and their imports. */
function benchHomeSize(): void {
	const manifestFile = '.svelte-kit/output/client/.vite/manifest.json';
	if (!existsSync(manifestFile)) {
		console.log('home route size: run `npm run build` first');
		return;
	}
	type Chunk = { file: string; imports?: string[]; dynamicImports?: string[] };
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		manifest[key].imports?.forEach(visit);
	};
	for (const key of Object.keys(manifest)) {
		if (/entry\/(start|app)|nodes\/(0|2)\b|\+layout\.svelte|routes\/\+page\.svelte/.test(key)) visit(key);
	}
	const files = [...seen].map((k) => manifest[k].file);
	const bytes = files.reduce((sum, f) => sum + readFileSync(`.svelte-kit/output/client/${f}`).length, 0);
	const withNlp = files.filter((f) => /compromise/.test(readFileSync(`.svelte-kit/output/client/${f}`, 'utf8')));
	console.log(`home route: ${files.length} JS files, ${(bytes / 1024).toFixed(1)} KB before compression; NLP code in it: ${withNlp.length === 0 ? 'none (goal met)' : withNlp.join(', ')}`);
}

benchGenerator();
benchHomeSize();
