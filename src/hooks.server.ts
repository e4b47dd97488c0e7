import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { completeModulepreloads, importsFromManifest, type StaticImports } from './build/modulepreloads';

// Factdeck is a static app: this hook runs only when pages are rendered at build time, and then
// completes each page's modulepreload list (see src/build/modulepreloads.ts). SvelteKit has
// written the client build's manifest by the time it prerenders.
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

let importsOf: StaticImports | null = null;

export const handle: Handle = async ({ event, resolve }) => {
	if (!building || !existsSync(MANIFEST)) return resolve(event);
	const imports = (importsOf ??= importsFromManifest(readFileSync(MANIFEST, 'utf8')));
	return resolve(event, { transformPageChunk: ({ html }) => completeModulepreloads(html, imports) });
};
