import { ResultImporter } from '$lib/state/result-import.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

// The whole page is rendered when the app is built and paints before any JavaScript runs: the
// importer opens the database only once there is a result to store.
export const ssr = true;
export const prerender = true;

export const load: PageLoad = () => ({ importer: new ResultImporter(() => appStorage.ready()) });
