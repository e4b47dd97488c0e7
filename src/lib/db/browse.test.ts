import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { DEFAULT_QUERY, type BrowseQuery } from '$lib/browse/query';
import { dayEnd, dayStart } from '$lib/srs';
import { saveBank } from './banks';
import { browseChoices, browseIds, browseRows } from './browse';
import { buryCards } from './burial';
import { suspendCards, tagCards } from './card-actions';
import { recordAnswer } from './study';
import { bankOf, card, minutesLater, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();
const start = dayStart(studyNow, 4).getTime();
const end = dayEnd(studyNow, 4).getTime();
const ids = (db: Parameters<typeof browseIds>[0], query: Partial<BrowseQuery>) => browseIds(db, { ...DEFAULT_QUERY, ...query }, start, end);

const mcq: Question = { id: 'm', type: 'mcq', prompt: 'Which city?', tags: ['geo'], choices: ['Kyiv', 'Lviv'], answer: 0 };

async function collection() {
	const db = fresh();
	await saveBank(db, bankOf([card('a', 'Shahed drones'), card('b'), card('c'), mcq], 'one'), { builtIn: false }, studyNow);
	await saveBank(db, bankOf([card('x', 'Kyiv at night')], 'two'), { builtIn: false }, minutesLater(1));
	// one/a learnt and due in a day or more; one/b forgotten once, due in minutes
	await recordAnswer(db, { cardId: 'one/a', rating: 4, durationMs: 1 }, studyNow, studySettings);
	await recordAnswer(db, { cardId: 'one/b', rating: 1, durationMs: 1 }, studyNow, studySettings);
	return db;
}

describe('browseIds', () => {
	it('lists every card of every deck, by due time, retired cards left out', async () => {
		const db = await collection();
		await saveBank(db, bankOf([card('a', 'Shahed drones'), card('b'), mcq], 'one'), { builtIn: false }, minutesLater(2));
		const all = await ids(db, {});
		expect(all.sort()).toEqual(['one/a', 'one/b', 'one/m', 'two/x']);
	});

	it('sorts by added time, lapses and difficulty, either way', async () => {
		const db = await collection();
		expect(await ids(db, { sort: 'added' })).toEqual(['one/a', 'one/b', 'one/c', 'one/m', 'two/x']);
		expect(await ids(db, { sort: 'added', descending: true })).toEqual(['two/x', 'one/m', 'one/c', 'one/b', 'one/a']);
		const byDue = await ids(db, { sort: 'due' });
		expect(byDue.indexOf('one/b')).toBeLessThan(byDue.indexOf('one/a'));
		const byDifficulty = await ids(db, { sort: 'difficulty', descending: true });
		expect(byDifficulty[0]).toBe('one/b');
	});

	it('filters by deck, type, tag, text and state, all at once', async () => {
		const db = await collection();
		expect(await ids(db, { bankId: 'two' })).toEqual(['two/x']);
		expect(await ids(db, { type: 'mcq' })).toEqual(['one/m']);
		expect(await ids(db, { tag: 'geo' })).toEqual(['one/m']);
		expect((await ids(db, { text: 'KYIV' })).sort()).toEqual(['one/m', 'two/x']);
		expect(await ids(db, { text: 'kyiv', bankId: 'two' })).toEqual(['two/x']);
		expect(await ids(db, { text: 'shahed drones' })).toEqual(['one/a']);
		expect(await ids(db, { state: 'learning' })).toEqual(['one/b']);
		expect(await ids(db, { state: 'new', sort: 'added' })).toEqual(['one/c', 'one/m', 'two/x']);
	});

	it('filters suspended, buried and leech cards, and what is due today or within days', async () => {
		const db = await collection();
		await suspendCards(db, ['one/c']);
		await buryCards(db, ['two/x'], end);
		await tagCards(db, ['one/m'], 'leech', true);
		expect(await ids(db, { state: 'suspended' })).toEqual(['one/c']);
		expect(await ids(db, { state: 'buried' })).toEqual(['two/x']);
		expect(await ids(db, { state: 'leech' })).toEqual(['one/m']);
		expect(await ids(db, { due: { kind: 'today' } })).toEqual(['one/b']);
		expect(await ids(db, { due: { kind: 'overdue' } })).toEqual([]);
		expect((await ids(db, { due: { kind: 'within', days: 30 } })).sort()).toEqual(['one/a', 'one/b']);
	});

	it('reads text matches over more than one page of questions', async () => {
		const db = fresh();
		const many = Array.from({ length: 2500 }, (_, i) => card(`q${i}`, i % 1000 === 7 ? 'needle' : 'hay'));
		await saveBank(db, bankOf(many, 'big'), { builtIn: false }, studyNow);
		expect((await ids(db, { text: 'needle' })).sort()).toEqual(['big/q1007', 'big/q2007', 'big/q7']);
	});
});

describe('browseRows and browseChoices', () => {
	it('reads the rows of the ids on screen, in order, with their question and deck title', async () => {
		const db = await collection();
		const rows = await browseRows(db, ['two/x', 'one/m', 'gone/z']);
		expect(rows.map((r) => [r.card.id, r.question.prompt, r.deckTitle])).toEqual([
			['two/x', 'Front of x', 'Deck two'],
			['one/m', 'Which city?', 'Deck one']
		]);
	});

	it('offers every deck and every tag in use', async () => {
		const db = await collection();
		await tagCards(db, ['one/a'], 'hard', true);
		expect(await browseChoices(db)).toEqual({
			decks: [
				{ id: 'one', title: 'Deck one' },
				{ id: 'two', title: 'Deck two' }
			],
			tags: ['geo', 'hard']
		});
	});
});
