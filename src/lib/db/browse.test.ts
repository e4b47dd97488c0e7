import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { seededRandom } from '$lib/assign/shuffle';
import { CARD_STATES, DEFAULT_QUERY, dueSpan, SORT_KEYS, type BrowseQuery } from '$lib/browse/query';
import { dayEnd, dayStart, type Rating } from '$lib/srs';
import { saveBank } from './banks';
import { browseDecks, browseList, browseRows } from './browse';
import { buryCards } from './burial';
import { deleteCards, resetCards, suspendCards, tagCards } from './card-actions';
import type { FactdeckDatabase } from './database';
import type { CardRecord } from './records';
import { recordAnswer } from './study';
import { bankOf, card, minutesLater, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();
const start = dayStart(studyNow, 4).getTime();
const end = dayEnd(studyNow, 4).getTime();
const ids = async (db: Parameters<typeof browseList>[0], query: Partial<BrowseQuery>) => (await browseList(db, { ...DEFAULT_QUERY, ...query }, start, end)).ids;

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

describe('browseList', () => {
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

/** What `query` should list, from every card read whole: filtered, sorted by key and then id. */
async function reference(db: FactdeckDatabase, query: BrowseQuery): Promise<string[]> {
	const key: Record<BrowseQuery['sort'], (c: CardRecord) => number> = {
		due: (c) => c.due,
		difficulty: (c) => c.srs.difficulty,
		lapses: (c) => c.srs.lapses,
		added: (c) => c.addedAt
	};
	const to = dueSpan(query.due, start, end)?.to;
	const kept = (await db.cards.toArray())
		.filter((c) => c.queue !== 'retired' && (query.bankId === null || c.bankId === query.bankId))
		.filter((c) => query.state === null || (query.state === 'leech' ? c.tags.includes('leech') : c.queue === query.state))
		.filter((c) => query.tag === null || c.tags.includes(query.tag))
		.filter((c) => to === undefined || ((c.queue === 'learning' || c.queue === 'review') && c.due < to))
		.sort((a, b) => key[query.sort](a) - key[query.sort](b) || (a.id < b.id ? -1 : 1))
		.map((c) => c.id);
	return query.descending ? kept.reverse() : kept;
}

describe('browseList against the cards read whole', () => {
	it('agrees after any sequence of answers, tags, suspensions, resets and deletions', async () => {
		const db = await collection();
		const rand = seededRandom('browse-list');
		const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
		const cardIds = ['one/a', 'one/b', 'one/c', 'one/m', 'two/x'];
		let t = minutesLater(10).getTime();
		for (let step = 0; step < 40; step++) {
			const id = pick(cardIds);
			const act = rand();
			t += Math.floor(rand() * 30 * 3_600_000);
			if (!(await db.cards.get(id))) continue;
			if (act < 0.5) await recordAnswer(db, { cardId: id, rating: (1 + Math.floor(rand() * 4)) as Rating, durationMs: 5 }, new Date(t), studySettings);
			else if (act < 0.65) await tagCards(db, [id], pick(['leech', 'geo', 'hard']), rand() < 0.6);
			else if (act < 0.75) await suspendCards(db, [id]);
			else if (act < 0.85) await resetCards(db, [id], new Date(t));
			else if (act < 0.9) await deleteCards(db, [id]);
			const query: BrowseQuery = {
				...DEFAULT_QUERY,
				bankId: rand() < 0.3 ? pick(['one', 'two']) : null,
				tag: rand() < 0.3 ? pick(['geo', 'hard']) : null,
				state: rand() < 0.4 ? pick(CARD_STATES) : null,
				due: rand() < 0.3 ? { kind: 'within', days: 3 } : { kind: 'any' },
				sort: pick(SORT_KEYS),
				descending: rand() < 0.5
			};
			expect(await ids(db, query)).toEqual(await reference(db, query));
		}
	});
});

describe('browseRows, browseDecks and the tags in use', () => {
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
		expect(await browseDecks(db)).toEqual([
			{ id: 'one', title: 'Deck one' },
			{ id: 'two', title: 'Deck two' }
		]);
		expect((await browseList(db, { ...DEFAULT_QUERY, bankId: 'two' }, start, end)).tags).toEqual(['geo', 'hard']);
		await tagCards(db, ['one/a'], 'hard', false);
		expect((await browseList(db, DEFAULT_QUERY, start, end)).tags).toEqual(['geo']);
	});
});
