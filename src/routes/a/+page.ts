import { openAssignment } from '$lib/state/open-assignment';
import { StudentAttempt } from '$lib/state/student-attempt.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

/**
 * An assignment link: the assignment is in the fragment (`/a#a1.…`), which browsers never send to
 * a server. Without one, the page offers to open an assignment file.
 */
export const load: PageLoad = async () => {
	const code = location.hash.slice(1);
	if (!code) return { attempt: null, problem: null };
	const db = await appStorage.ready();
	const opening = await openAssignment(db, code, new Date());
	return opening.ok ? { attempt: new StudentAttempt(db, opening.opened), problem: null } : { attempt: null, problem: opening.message };
};
