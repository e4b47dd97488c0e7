import { describe, expect, it } from 'vitest';
import { deckSettings, everyDeckRows, settingsOf, studyMore } from './study-more';
import { studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();

describe('Study more and deck options, read for every deck at once', () => {
	it('gives each deck the settings deckSettings gives it, today and on the next day', async () => {
		const db = fresh();
		await studyMore(db, 'a', studyNow, studySettings, { kind: 'new', count: 10 });
		await studyMore(db, 'b', studyNow, studySettings, { kind: 'ahead', days: 3 });
		await db.settings.put({ key: 'more:c', value: { day: 'yesterday' } });
		await db.settings.put({ key: 'deck-options:d', value: { newPerDay: 3 } });
		const more = await everyDeckRows(db);
		const tomorrow = new Date(studyNow.getTime() + 86_400_000);
		for (const at of [studyNow, tomorrow]) {
			for (const id of ['a', 'b', 'c', 'd']) expect(settingsOf(more, id, at, studySettings)).toEqual(await deckSettings(db, id, at, studySettings));
		}
		expect(settingsOf(more, 'a', studyNow, studySettings).newPerDay).toBe(studySettings.newPerDay + 10);
		expect(settingsOf(more, 'b', studyNow, studySettings).reviewAheadDays).toBe(studySettings.reviewAheadDays + 3);
		expect(settingsOf(more, 'a', tomorrow, studySettings)).toEqual(studySettings);
		expect(settingsOf(more, 'd', studyNow, studySettings).newPerDay).toBe(3);
	});
});
