import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A client-only SPA: every route falls back to index.html, which the static server
		// (sirv --single) and the service worker both serve for deep links. Files are also
		// written gzip- and brotli-compressed, which the static server sends when it may: the
		// first visit downloads a third of the bytes.
		adapter: adapter({ fallback: 'index.html', precompress: true }),
		serviceWorker: { register: false }
	}
};

export default config;
