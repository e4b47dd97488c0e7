import { DeckManager } from '$lib/state/deck-manager.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const db = await appStorage.ready();
	return { bankId: params.id, manager: await DeckManager.open(db, params.id) };
};
