import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
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
			kit: { adapterFallback: 'index.html', spa: true },
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
