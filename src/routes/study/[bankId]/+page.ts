import { builtInBanks } from '$lib/state/builtin-banks';
import type { EntryGenerator } from './$types';

// The frame of a built-in deck's study page is rendered when the app is built, so it paints
// before any JavaScript runs; other decks open from the SPA fallback. Cards load in the browser.
export const ssr = true;
export const prerender = true;

export const entries: EntryGenerator = async () => (await Promise.all(builtInBanks.map((load) => load()))).map((bank) => ({ bankId: bank.id }));
