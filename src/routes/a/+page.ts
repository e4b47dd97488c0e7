import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

/**
 * An assignment link: the assignment is in the fragment (`/a#a1.…`), which browsers never send to
 * a server. Without one, the page offers to open an assignment file. What opens, checks and
 * shows an assignment (codecs, validator, the attempt's screens) loads only when there is one.
 */
export const load: PageLoad = async () => {
	const code = location.hash.slice(1);
	if (!code) return { opened: null, problem: null };
	const [db, { openAssignment }, { StudentAttempt }, { default: View }] = await Promise.all([
		appStorage.ready(),
		import('$lib/state/open-assignment'),
		import('$lib/state/student-attempt.svelte'),
		import('$lib/components/AssignmentAttempt.svelte')
	]);
	const opening = await openAssignment(db, code, new Date());
	return opening.ok ? { opened: { attempt: new StudentAttempt(db, opening.opened), View }, problem: null } : { opened: null, problem: opening.message };
};
