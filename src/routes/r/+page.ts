import { ResultImporter } from '$lib/state/result-import.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

/** A result link opened on the teacher's device: the code after `#` is imported at once. */
export const load: PageLoad = async () => {
	const importer = new ResultImporter(() => appStorage.ready());
	await importer.importText(location.hash.slice(1) || ' ');
	return { importer };
};
