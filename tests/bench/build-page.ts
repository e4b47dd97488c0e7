// Bundles the bench's in-page entry (tests/bench/page/entry.ts) with the app's own modules.
// `$lib` resolves as in the app; only the pure modules and the database are used, so no Svelte
// or SvelteKit plugin is needed.
import { resolve } from 'node:path';
import { build } from 'vite';

export const BENCH_PAGE_DIR = 'tests/.tmp/bench-page';

export async function buildBenchPage(): Promise<void> {
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir: BENCH_PAGE_DIR,
			emptyOutDir: true,
			target: 'es2022',
			lib: { entry: resolve('tests/bench/page/entry.ts'), formats: ['es'], fileName: () => 'entry.js' }
		}
	});
}
