import { listAssignments, listResults } from '$lib/db';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const db = await appStorage.ready();
	const assignments = await listAssignments(db);
	const counts = await Promise.all(assignments.map(async (a) => (await listResults(db, a.id)).length));
	return { assignments: assignments.map((a, i) => ({ record: a, results: counts[i] })) };
};
