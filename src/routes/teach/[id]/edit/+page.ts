import { error } from '@sveltejs/kit';
import { loadEditorData } from '$lib/state/editor-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const data = await loadEditorData(params.id);
	if (!data.base) error(404, `There is no assignment “${params.id}” on this device.`);
	return { ...data, base: data.base };
};
