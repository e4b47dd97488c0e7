import { error } from '@sveltejs/kit';
import { loadAssignmentPage } from '$lib/state/teach';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const page = await loadAssignmentPage(params.id);
	if (!page) error(404, `There is no assignment “${params.id}” on this device.`);
	return page;
};
