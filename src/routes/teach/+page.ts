import { listAssignments } from '$lib/db/assignments';
import { listResults } from '$lib/db/results';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

// The page's frame is rendered when the app is built and paints before any JavaScript runs; the
// list comes from the database, in the browser, and the frame shows it loading meanwhile.
export const ssr = true;
export const prerender = true;

async function assignmentRows() {
	const db = await appStorage.ready();
	const assignments = await listAssignments(db);
	const counts = await Promise.all(assignments.map(async (a) => (await listResults(db, a.id)).length));
	return assignments.map((a, i) => ({ record: a, results: counts[i] }));
}

export const load: PageLoad = () => ({ assignments: assignmentRows() });
