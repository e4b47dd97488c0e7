import { ResultImporter } from '$lib/state/result-import.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => ({ importer: new ResultImporter(await appStorage.ready()) });
