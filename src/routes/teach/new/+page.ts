import { loadEditorData } from '$lib/state/editor-data';
import type { PageLoad } from './$types';

/** A new assignment, or with `?from=<id>` a duplicate of one. */
export const load: PageLoad = async ({ url }) => {
	const from = url.searchParams.get('from');
	return { ...(await loadEditorData(from)), duplicate: from !== null };
};
