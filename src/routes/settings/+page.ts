import { HiddenDecks } from '$lib/state/hidden-decks.svelte';
import { ScheduleFitState } from '$lib/state/schedule-fit.svelte';
import { SettingsState } from '$lib/state/settings.svelte';
import { appStorage } from '$lib/state/storage.svelte';
import type { PageLoad } from './$types';

// The page's frame is rendered when the app is built and paints before any JavaScript runs; the
// settings come from the database, in the browser, and the frame shows them loading meanwhile.
export const ssr = true;
export const prerender = true;

async function loadSettings() {
	const db = await appStorage.ready();
	const settings = new SettingsState(db);
	const hidden = new HiddenDecks(db);
	const fit = new ScheduleFitState(db);
	await Promise.all([settings.load(), hidden.load(), fit.load()]);
	return { settings, hidden, fit };
}

export const load: PageLoad = () => ({ loaded: loadSettings() });
