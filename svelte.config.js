import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Routes without a page rendered at build time fall back to 200.html, which the static server
		// (sirv --single 200.html) and the service worker both serve for deep links. Files are also
		// written gzip- and brotli-compressed, which the static server sends when it may: the
		// first visit downloads a third of the bytes.
		adapter: adapter({ fallback: '200.html', precompress: true }),
		serviceWorker: { register: false }
	}
};

export default config;
