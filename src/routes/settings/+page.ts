import { HiddenDecks } from '$lib/state/hidden-decks.svelte';
import { ScheduleFitState } from '$lib/state/schedule-fit.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

// The page is rendered when the app is built and paints before any JavaScript runs: the
// settings form is drawn waiting, and fills in once the database, opened in the browser, is read.
export const ssr = true;
export const prerender = true;

async function loadSections() {
	const db = await appStorage.ready();
	const hidden = new HiddenDecks(db);
	const fit = new ScheduleFitState(db);
	await Promise.all([hidden.load(), fit.load()]);
	return { hidden, fit };
}

export const load: PageLoad = () => {
	const settings = new SettingsState(() => appStorage.ready());
	void settings.load();
	return { settings, sections: loadSections() };
};
