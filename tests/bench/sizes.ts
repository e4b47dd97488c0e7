// The JavaScript each route loads before it can run: the client entry, the route's layout and
// page nodes, and every chunk they import statically (dynamic imports load later, on demand).
// Sizes are gzip (level 9, as a static host precompresses them), from the build's Vite manifest.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CLIENT = '.svelte-kit/output/client';
const MANIFEST = `${CLIENT}/.vite/manifest.json`;
const APP = '.svelte-kit/generated/client-optimized/app.js';

interface Chunk {
	file: string;
	imports?: string[];
}

export interface RouteSize {
	route: string;
	files: number;
	rawKB: number;
	gzipKB: number;
}

/** Route id -> the node indexes it loads (layouts, then the page), from SvelteKit's generated app. */
function routeNodes(): Map<string, number[]> {
	const app = readFileSync(APP, 'utf8');
	const dictionary = app.slice(app.indexOf('export const dictionary'));
	const routes = new Map<string, number[]>();
	for (const match of dictionary.matchAll(/"([^"]+)":\s*\[(-?\d+)(?:,\s*\[([\d,\s]*)\])?/g)) {
		const layouts = (match[3] ?? '')
			.split(',')
			.filter((s) => s.trim() !== '')
			.map(Number);
		routes.set(match[1], [0, ...layouts, Number(match[2])]);
	}
	return routes;
}

export function routeSizes(): RouteSize[] {
	if (!existsSync(MANIFEST) || !existsSync(APP)) throw new Error('no build found: run `npx vite build` first');
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
	const keyOf = (pattern: RegExp) => Object.keys(manifest).find((k) => pattern.test(k));
	const entries = [keyOf(/kit\/src\/runtime\/client\/entry\.js$/), keyOf(/client-optimized\/app\.js$/)].filter((k): k is string => !!k);
	return [...routeNodes()].map(([route, nodes]) => {
		const seen = new Set<string>();
		const visit = (key: string | undefined) => {
			if (!key || seen.has(key) || !manifest[key]) return;
			seen.add(key);
			manifest[key].imports?.forEach(visit);
		};
		entries.forEach(visit);
		nodes.forEach((n) => visit(keyOf(new RegExp(`client-optimized/nodes/${n}\\.js$`))));
		let raw = 0;
		let gzip = 0;
		for (const key of seen) {
			const bytes = readFileSync(`${CLIENT}/${manifest[key].file}`);
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return { route, files: seen.size, rawKB: raw / 1024, gzipKB: gzip / 1024 };
	});
}
