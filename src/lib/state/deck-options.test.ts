import { describe, expect, it } from 'vitest';
import { loadDeckOptions, putDeckOptions } from '$lib/db/deck-options';
import { deckDatabases, studySettings } from '$lib/db/test-fixtures';
import { DeckOptionsState } from './deck-options.svelte';

const seeded = deckDatabases();

async function loaded() {
	const db = await seeded(['a', 'b']);
	let told = 0;
	const state = new DeckOptionsState(db, 'deck', studySettings, await loadDeckOptions(db, 'deck'), () => told++);
	return { db, state, told: () => told };
}

describe('the options of one deck', () => {
	it('show empty boxes and "as in Settings" for a deck that follows Settings, with what Settings say', async () => {
		const { state } = await loaded();
		expect(state.draft).toEqual({ newPerDay: null, reviewsPerDay: null, newCardOrder: 'settings' });
		expect(state.inherited).toEqual({ newPerDay: '3', reviewsPerDay: '200', newCardOrder: 'In bank order' });
	});

	it('save the values typed and leave the rest to Settings, and tell the other tabs', async () => {
		const { db, state, told } = await loaded();
		expect(await state.save({ newPerDay: 8, reviewsPerDay: null, newCardOrder: 'random' })).toBe(true);
		expect((await loadDeckOptions(db, 'deck')).options).toEqual({ newPerDay: 8, newCardOrder: 'random' });
		expect(state.draft).toEqual({ newPerDay: 8, reviewsPerDay: null, newCardOrder: 'random' });
		expect(state.saved).toBe(true);
		expect(told()).toBe(1);
	});

	it('go back to Settings when emptied', async () => {
		const { db, state } = await loaded();
		await putDeckOptions(db, 'deck', { newPerDay: 8 });
		expect(await state.save({ newPerDay: null, reviewsPerDay: null, newCardOrder: 'settings' })).toBe(true);
		expect((await loadDeckOptions(db, 'deck')).options).toEqual({});
	});

	it('say in words what is wrong with each value, and save nothing', async () => {
		const { db, state } = await loaded();
		await putDeckOptions(db, 'deck', { reviewsPerDay: 40 });
		expect(await state.save({ newPerDay: 2.5, reviewsPerDay: 10000, newCardOrder: 'bank' })).toBe(false);
		expect(state.problems).toEqual({
			newPerDay: 'New cards per day must be a whole number, not 2.5.',
			reviewsPerDay: 'Reviews per day must be at most 9999, not 10000.'
		});
		expect((await loadDeckOptions(db, 'deck')).options).toEqual({ reviewsPerDay: 40 });
	});
});
