import { ResultImporter } from '$lib/state/result-import.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

// The page's frame is rendered when the app is built and paints before any JavaScript runs; the
// importer needs the database, which opens in the browser while the frame shows it loading.
export const ssr = true;
export const prerender = true;

export const load: PageLoad = () => ({ importer: appStorage.ready().then((db) => new ResultImporter(db)) });
