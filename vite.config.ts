import { relative } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { tsImport } from 'tsx/esm/api';
import type { Logger, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const BANK_FILE = /\/questions\/banks\/[^/]+\.json$/;

/**
 * Checks each bundled built-in bank as `npm run questions:check` does and hands Vite's JSON
 * loader the validator's output, so the browser stores it without loading zod; a bank that fails
 * fails the build. The checker is TypeScript of the app, loaded through tsx when first needed.
 */
function checkedBanks(): Plugin {
	let root = process.cwd();
	let logger: Logger | undefined;
	return {
		name: 'factdeck:checked-banks',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
			logger = config.logger;
		},
		async transform(text, id) {
			const path = id.split('?')[0];
			if (!BANK_FILE.test(path)) return null;
			const { checkedBank }: typeof import('./src/build/checked-banks') = await tsImport('./src/build/checked-banks.ts', import.meta.url);
			const checked = checkedBank(root, relative(root, path), text);
			if (!checked.ok) {
				const message = `A built-in bank failed its check, so the app was not built:\n${checked.problems.join('\n')}`;
				// Logged as well as thrown: the PWA plugin's own error on the cut-short build
				// (no version.json) is the one Vite prints last, and it would hide this one.
				logger?.error(message);
				this.error(message);
			}
			return { code: checked.json, map: null };
		}
	};
}

export default defineConfig({
	build: {
		// The domain modules and the repositories run nothing when imported but define things: where
		// a page uses none of a module's exports, the bundler may leave it out, zod schemas and all.
		// Without this, a module reached through a barrel (`$lib/db`, `$lib/assign`) stays in the
		// page for its top-level schema calls alone (Statistics loaded 27 KB more, zod with it).
		rolldownOptions: {
			// Merging shared chunks into entry chunks made pages load modules that only other pages use
			// (6 to 8 KB gzip more on the deck, settings and teacher pages).
			experimental: { chunkOptimization: { mergeCommonChunks: false } },
			treeshake: { moduleSideEffects: [{ test: /\/src\/lib\/(?:assign|bank|quiz|srs|formats|browse|db)\/[^/]+\.ts$/, sideEffects: false }] }
		}
	},
	plugins: [
		// Before Vite's JSON loader: the built-in banks are checked here, not in the browser.
		checkedBanks(),
		sveltekit(),
		svelteTesting(),
		SvelteKitPWA({
			// 'prompt': a new version waits until the learner agrees to reload, so a session in
			// progress is never cut short by an update.
			registerType: 'prompt',
			injectRegister: false,
			// SvelteKit builds with relative paths; the worker must still be registered from the
			// root, or a deep link opened first would ask for /study/sw.js.
			base: '/',
			scope: '/',
			kit: { adapterFallback: '200.html', spa: true },
			manifest: {
				name: 'Factdeck',
				short_name: 'Factdeck',
				description: 'Quizzes and flashcards from the facts of an article, scheduled with FSRS.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'portrait',
				background_color: '#f7f5f0',
				theme_color: '#1f4e79',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				// The banks are bundled into JS chunks, so precaching the client output caches
				// the app shell and every built-in bank together; the SQLite wasm too, so an Anki
				// package can be imported offline.
				globPatterns: ['client/**/*.{js,css,html,svg,png,webmanifest,json,wasm}'],
				// The first worker takes charge of the open page at once, so the very first visit
				// already works offline; later versions still wait for the learner (prompt).
				clientsClaim: true
			}
		})
	],
	server: { host: '127.0.0.1' },
	// Module workers, so the generator worker can share chunks and load the NLP code lazily.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['./src/vitest-setup.ts'],
		restoreMocks: true,
		// Some tests run the generator over whole articles or fit a schedule: a second or two
		// alone, many times that on a shared machine under load. The time budgets live in
		// `npm run bench`, not here.
		testTimeout: 30_000
	}
});
