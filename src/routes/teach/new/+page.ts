import { browser } from '$app/environment';
import { AssignmentEditor } from '$lib/state/assignment-editor.svelte';
import { loadEditorData } from '$lib/state/editor-data';
import type { PageLoad } from './$types';

// The page's frame is rendered when the app is built and paints before any JavaScript runs. The
// build has no query, so that frame is a new assignment's; a duplicate (`?from=<id>`) is named
// as one in the browser, where the decks and the assignment to start from are read.
export const ssr = true;
export const prerender = true;

export const load: PageLoad = ({ url }) => {
	const from = browser ? url.searchParams.get('from') : null;
	const editor = loadEditorData(from).then(
		({ decks, base, defaultTeacher }) => new AssignmentEditor(decks, from !== null && base ? 'duplicate' : 'new', base, defaultTeacher)
	);
	return { duplicate: from !== null, editor };
};
