import { describe, expect, it } from 'vitest';
import { saveBank } from './banks';
import { readStatsCards } from './stats-reads';
import { recordAnswer } from './study';
import { bankOf, card, minutesLater, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();

async function twoDecks() {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b')], 'one'), { builtIn: true }, studyNow);
	await saveBank(db, bankOf([card('c')], 'two'), { builtIn: true }, studyNow);
	await recordAnswer(db, { cardId: 'one/a', rating: 3, durationMs: 1200 }, minutesLater(1), studySettings);
	return db;
}

describe('readStatsCards', () => {
	it("reads one deck's cards, cut down to what statistics use", async () => {
		const cards = await readStatsCards(await twoDecks(), 'one');
		expect(cards.map((c) => c.srs.phase).sort()).toEqual(['learning', 'new']);
		expect(Object.keys(cards[0]).sort()).toEqual(['queue', 'srs']);
	});

	it('reads every deck when no deck is named', async () => {
		expect(await readStatsCards(await twoDecks(), null)).toHaveLength(3);
	});
});
