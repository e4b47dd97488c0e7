import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { FactdeckDatabase, saveBank } from '$lib/db';
import { putSrsSettings } from '$lib/db/settings';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { fillStorage, snapshot } from '$lib/db/test-fixtures';
import { StudySession } from './study-session.svelte';

const questions: Question[] = [
	{ id: 'count', type: 'numeric', prompt: 'How many drones were shot down?', answer: 24, tags: [] },
	{ id: 'who', type: 'flashcard', prompt: 'Sergey Sobyanin', back: 'Mayor of Moscow', tags: [] }
];

let db: FactdeckDatabase;
let t = new Date(2026, 2, 2, 10, 0, 0).getTime();
const clock = () => new Date(t);

afterEach(async () => {
	await db?.delete();
});

async function started(newPerDay = 20): Promise<StudySession> {
	db = new FactdeckDatabase(`session-${Math.random().toString(36).slice(2)}`);
	await saveBank(db, { schemaVersion: 1, id: 'deck', title: 'Deck', language: 'en', questions }, { builtIn: true }, clock());
	await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay });
	const session = new StudySession(db, 'deck', clock);
	await session.start();
	return session;
}

describe('StudySession', () => {
	it('saves a checked answer before its feedback is shown', async () => {
		const session = await started();
		expect(session.question?.id).toBe('count');
		expect(session.progress).toEqual({ done: 0, left: { new: 2, learning: 0, review: 0 } });
		t += 4000;
		await session.check({ kind: 'text', value: '24' });
		expect(session.phase).toBe('feedback');
		expect(session.result?.correct).toBe(true);
		const rows = await db.reviews.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ rating: 3, correct: true, response: '24', durationMs: 4000 });
	});

	it('re-rates a right answer that felt easy instead of adding a second row', async () => {
		const session = await started();
		await session.check({ kind: 'text', value: '24' });
		await session.next('easy');
		const rows = await db.reviews.toArray();
		expect(rows.map((r) => r.rating)).toEqual([4]);
		expect((await db.cards.get('deck/count'))?.queue).toBe('review');
		expect(session.question?.id).toBe('who');
	});

	it('keeps a wrong answer as Again whatever the learner says after', async () => {
		const session = await started();
		await session.check({ kind: 'text', value: '25' });
		await session.next('easy');
		expect((await db.reviews.toArray()).map((r) => r.rating)).toEqual([1]);
	});

	it('reveals a flashcard, offers four intervals and saves the self-rating', async () => {
		const session = await started();
		await session.check({ kind: 'text', value: '24' });
		await session.next('easy');
		session.reveal();
		expect(session.phase).toBe('revealed');
		expect(session.intervals.map((i) => i.rating)).toEqual([1, 2, 3, 4]);
		expect(session.intervals[0].interval).toBe('1m');
		await session.rate(4);
		expect(await db.reviews.count()).toBe(2);
		expect(session.phase).toBe('done');
		expect(session.summary).toMatchObject({ items: 2, graded: 1, correct: 1 });
	});

	it('ends at once with an empty summary when nothing is due', async () => {
		const session = await started(0);
		expect(session.phase).toBe('done');
		expect(session.summary?.items).toBe(0);
	});

	it('takes back the last answer and shows its item again', async () => {
		const session = await started();
		expect(session.canUndo).toBe(false);
		await session.check({ kind: 'text', value: '24' });
		await session.next('good');
		expect(session.question?.id).toBe('who');
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect(session.question?.id).toBe('count');
		expect(session.phase).toBe('answering');
		expect(session.progress).toEqual({ done: 0, left: { new: 2, learning: 0, review: 0 } });
		expect(await db.reviews.count()).toBe(0);
		expect((await db.cards.get('deck/count'))?.queue).toBe('new');
		expect(session.canUndo).toBe(false);
	});
});

describe('StudySession when storage is full', () => {
	it('says the answer was not saved because the device is full, and keeps the item on screen', async () => {
		const session = await started();
		const before = await snapshot(db);
		fillStorage();
		await session.check({ kind: 'text', value: '24' });
		expect(session.error).toMatch(/^Your answer could not be saved: this device has no storage space left for Factdeck\. Free some space/);
		expect(session.phase).toBe('answering');
		expect(session.question?.id).toBe('count');
		expect(await snapshot(db)).toBe(before);
	});
});

describe('two tabs studying one deck', () => {
	const cards: Question[] = ['a', 'b', 'c'].map((id) => ({ id, type: 'flashcard', prompt: `Front ${id}`, back: `Back ${id}`, tags: [] }));

	async function twoTabs(): Promise<[StudySession, StudySession]> {
		db = new FactdeckDatabase(`tabs-${Math.random().toString(36).slice(2)}`);
		await saveBank(db, { schemaVersion: 1, id: 'deck', title: 'Deck', language: 'en', questions: cards }, { builtIn: true }, clock());
		await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, enableFuzz: false });
		const tabs: [StudySession, StudySession] = [new StudySession(db, 'deck', clock), new StudySession(db, 'deck', clock)];
		await Promise.all(tabs.map((tab) => tab.start()));
		return tabs;
	}

	it('does not record a card twice: the second tab skips it with a notice', async () => {
		const [a, b] = await twoTabs();
		expect(a.question?.id).toBe('a');
		expect(b.question?.id).toBe('a');
		a.reveal();
		await a.rate(3);
		b.reveal();
		await b.rate(3);
		expect(await db.reviews.count()).toBe(1);
		expect(b.notice).toMatch(/answered in another tab/);
		expect(b.question?.id).toBe('b');
		// The one answer counts once, in the session both tabs share.
		await vi.waitFor(() => expect(b.progress.done).toBe(1));
		a.close();
		b.close();
	});

	it('hears the other tab, so its progress counts what is left', async () => {
		const [a, b] = await twoTabs();
		expect(b.progress).toEqual({ done: 0, left: { new: 3, learning: 0, review: 0 } });
		a.reveal();
		await a.rate(4);
		await vi.waitFor(() => expect(b.progress).toEqual({ done: 1, left: { new: 2, learning: 0, review: 0 } }));
		a.close();
		b.close();
	});
});
