import { describe, expect, it } from 'vitest';
import { deckCounts } from './counts';
import { loadDeckOptions, putDeckOptions } from './deck-options';
import { deckKey } from './deck-keys';
import { nextItem, recordAnswer } from './study';
import { deckSettings, studyMore } from './study-more';
import { deckDatabases, studyNow, studySettings } from './test-fixtures';

const seeded = deckDatabases();
const ids = Array.from({ length: 12 }, (_, i) => `q${String(i).padStart(2, '0')}`);

describe("a deck's own options", () => {
	it('are followed by the counts and the study queue in place of the learner settings', async () => {
		const db = await seeded(ids);
		expect((await deckCounts(db, 'deck', studyNow, await deckSettings(db, 'deck', studyNow, studySettings))).new).toBe(3);
		await putDeckOptions(db, 'deck', { newPerDay: 5 });
		const own = await deckSettings(db, 'deck', studyNow, studySettings);
		expect(own.newPerDay).toBe(5);
		expect((await deckCounts(db, 'deck', studyNow, own)).new).toBe(5);
	});

	it('add Study more on top of the deck own limit', async () => {
		const db = await seeded(ids);
		await putDeckOptions(db, 'deck', { newPerDay: 2 });
		await studyMore(db, 'deck', studyNow, studySettings, { kind: 'new', count: 4 });
		expect((await deckSettings(db, 'deck', studyNow, studySettings)).newPerDay).toBe(6);
	});

	it('are dropped one by one when damaged in storage, the deck following the learner setting for those', async () => {
		const db = await seeded(ids);
		await db.settings.put({ key: deckKey.options('deck'), value: { newPerDay: 'many', reviewsPerDay: 7 } });
		expect(await loadDeckOptions(db, 'deck')).toEqual({ options: { reviewsPerDay: 7 }, damaged: ['New cards per day'] });
		const own = await deckSettings(db, 'deck', studyNow, studySettings);
		expect([own.newPerDay, own.reviewsPerDay]).toEqual([studySettings.newPerDay, 7]);
	});

	it('are refused when invalid, and leave no row when none is left', async () => {
		const db = await seeded(ids);
		await expect(putDeckOptions(db, 'deck', { newPerDay: -1 })).rejects.toThrow();
		await putDeckOptions(db, 'deck', { newCardOrder: 'random' });
		expect(await db.settings.get(deckKey.options('deck'))).toEqual({ key: deckKey.options('deck'), value: { newCardOrder: 'random' } });
		await putDeckOptions(db, 'deck', {});
		expect(await db.settings.get(deckKey.options('deck'))).toBeUndefined();
	});
});

describe('new cards in random order', () => {
	async function introduced(order: 'bank' | 'random'): Promise<string[]> {
		const db = await seeded(ids);
		await putDeckOptions(db, 'deck', { newCardOrder: order, newPerDay: ids.length });
		const settings = await deckSettings(db, 'deck', studyNow, studySettings);
		const shown: string[] = [];
		for (
			let item = await nextItem(db, 'deck', studyNow, settings);
			item && item.card.srs.phase === 'new';
			item = await nextItem(db, 'deck', studyNow, settings)
		) {
			shown.push(item.card.questionId);
			await recordAnswer(db, { cardId: item.card.id, rating: 4, durationMs: 1 }, studyNow, settings);
		}
		return shown;
	}

	it('come in bank order by default', async () => {
		expect(await introduced('bank')).toEqual(ids);
	});

	it('come in another order, every card once, the same in a second database on the same day', async () => {
		const random = await introduced('random');
		expect(random).not.toEqual(ids);
		expect([...random].sort()).toEqual(ids);
		expect(await introduced('random')).toEqual(random);
	});
});
