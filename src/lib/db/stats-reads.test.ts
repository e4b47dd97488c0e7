import { describe, expect, it } from 'vitest';
import { saveBank } from './banks';
import { readStatsRows } from './stats-reads';
import { recordAnswer } from './study';
import { bankOf, card, minutesLater, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();

async function twoDecks() {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b')], 'one'), { builtIn: true }, studyNow);
	await saveBank(db, bankOf([card('c')], 'two'), { builtIn: true }, studyNow);
	await recordAnswer(db, { cardId: 'one/a', rating: 3, durationMs: 1200 }, minutesLater(1), studySettings);
	await recordAnswer(db, { cardId: 'two/c', rating: 1, durationMs: 800 }, minutesLater(2), studySettings);
	return db;
}

describe('readStatsRows', () => {
	it("reads one deck's cards and answers, cut down to what statistics use", async () => {
		const db = await twoDecks();
		const rows = await readStatsRows(db, 'one', studyNow.getTime());
		expect(rows.cards).toHaveLength(2);
		expect(rows.reviews).toEqual([{ rating: 3, phaseBefore: 'new', durationMs: 1200, reviewedAt: minutesLater(1).getTime(), log: { scheduledDays: 0 } }]);
		expect(Object.keys(rows.cards[0]).sort()).toEqual(['queue', 'srs']);
	});

	it('reads every deck when no deck is named', async () => {
		const rows = await readStatsRows(await twoDecks(), null, studyNow.getTime());
		expect(rows.cards).toHaveLength(3);
		expect(rows.reviews.map((r) => r.rating).sort()).toEqual([1, 3]);
	});

	it('leaves out answers older than the start of the history', async () => {
		const db = await twoDecks();
		const since = minutesLater(2).getTime();
		expect((await readStatsRows(db, 'one', since)).reviews).toEqual([]);
		expect((await readStatsRows(db, null, since)).reviews).toHaveLength(1);
	});
});
