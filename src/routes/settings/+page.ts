import { HiddenDecks } from '$lib/state/hidden-decks.svelte';
import { ScheduleFitState } from '$lib/state/schedule-fit.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const db = await appStorage.ready();
	const settings = new SettingsState(db);
	const hidden = new HiddenDecks(db);
	const fit = new ScheduleFitState(db);
	await Promise.all([settings.load(), hidden.load(), fit.load()]);
	return { settings, hidden, fit };
};
