import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A client-only SPA: every route falls back to index.html, which the static server
		// (sirv --single) and the service worker both serve for deep links.
		adapter: adapter({ fallback: 'index.html' }),
		serviceWorker: { register: false }
	}
};

export default config;
