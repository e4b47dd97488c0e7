import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { FactdeckDatabase, saveBank } from '$lib/db';
import { putSrsSettings } from '$lib/db/settings';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { StudySession } from './study-session.svelte';

// A reload builds a new StudySession over the same database: it resumes the session's tally
// and Undo from IndexedDB, unless the session was left for an hour or the study day rolled over.

const questions: Question[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'true_false', prompt: `Is ${id} true?`, answer: true, tags: [] }));

let db: FactdeckDatabase;
let t = 0;
const clock = () => new Date(t);

afterEach(async () => {
	await db?.delete();
});

async function deck(): Promise<void> {
	t = new Date(2026, 2, 2, 10, 0, 0).getTime();
	db = new FactdeckDatabase(`resume-${Math.random().toString(36).slice(2)}`);
	await saveBank(db, { schemaVersion: 1, id: 'deck', title: 'Deck', language: 'en', questions }, { builtIn: true }, clock());
	await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, enableFuzz: false });
}

async function open(): Promise<StudySession> {
	const session = new StudySession(db, 'deck', clock);
	await session.start();
	return session;
}

/** Answers the item on screen: right (Easy, so it leaves today's queue) or wrong. */
async function answer(session: StudySession, right: boolean): Promise<void> {
	t += 5000;
	await session.check({ kind: 'boolean', value: right });
	await session.next(right ? 'easy' : 'good');
}

describe('a study session after a reload', () => {
	it('resumes with its tally and its Undo', async () => {
		await deck();
		const first = await open();
		await answer(first, true);
		await answer(first, false);
		await answer(first, true);
		first.close();

		const reloaded = await open();
		expect(reloaded.progress.done).toBe(3);
		expect(reloaded.canUndo).toBe(true);
		await reloaded.undo();
		expect(reloaded.question?.id).toBe('c');
		expect(reloaded.progress.done).toBe(2);
		expect(await db.reviews.count()).toBe(2);
		await reloaded.undo();
		await reloaded.undo();
		expect(reloaded.question?.id).toBe('a');
		expect(reloaded.canUndo).toBe(false);
		expect(await db.reviews.count()).toBe(0);
		reloaded.close();
	});

	it('ends with a summary that counts every answer of the session, before and after the reload', async () => {
		await deck();
		const first = await open();
		await answer(first, true);
		await answer(first, true);
		first.close();
		const reloaded = await open();
		await answer(reloaded, true);
		await answer(reloaded, false);
		// The wrong one comes back as learning; answered right, the deck is done for today.
		t += 11 * 60_000;
		await answer(reloaded, true);
		expect(reloaded.phase).toBe('done');
		expect(reloaded.summary).toMatchObject({ items: 5, graded: 5, correct: 4 });
		reloaded.close();
	});

	it('starts afresh after an hour away, or on the next study day', async () => {
		await deck();
		const first = await open();
		await answer(first, true);
		first.close();
		t += 61 * 60_000;
		const later = await open();
		expect(later.progress.done).toBe(0);
		expect(later.canUndo).toBe(false);
		await answer(later, true);
		later.close();
		t = new Date(2026, 2, 3, 4, 30, 0).getTime();
		const tomorrow = await open();
		expect(tomorrow.progress.done).toBe(0);
		tomorrow.close();
	});

	it('sets a damaged stored session aside and starts a new one', async () => {
		await deck();
		await db.sessions.put({ bankId: 'deck', day: 0, tally: { items: -1 }, lastActiveAt: 'x', undo: 5 } as never);
		const session = await open();
		expect(session.progress.done).toBe(0);
		expect(session.canUndo).toBe(false);
		await answer(session, true);
		expect((await db.sessions.get('deck'))?.tally.items).toBe(1);
		session.close();
	});
});

describe('Study more, when the deck is done for today', () => {
	it('says when the next card is due, and lets in more new cards for today only', async () => {
		await deck();
		await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay: 1 });
		const session = await open();
		await answer(session, true);
		expect(session.phase).toBe('done');
		// Only new cards wait, for the limit: the next comes with the next study day, at 04:00.
		await expect.poll(() => session.nextDue).toBe('in 18 hours');
		await session.more({ kind: 'new', count: 10 });
		expect(session.phase).toBe('answering');
		expect(session.progress).toEqual({ done: 1, left: { new: 3, learning: 0, review: 0 } });
		session.close();
		t = new Date(2026, 2, 3, 5, 0, 0).getTime();
		const tomorrow = await open();
		expect(tomorrow.progress.left.new).toBe(1);
		tomorrow.close();
	});

	it('reviews ahead the cards due tomorrow, and says so when there are none', async () => {
		await deck();
		const session = await open();
		for (let i = 0; i < 4; i++) await answer(session, true);
		expect(session.phase).toBe('done');
		await session.more({ kind: 'ahead', days: 1 });
		expect(session.phase).toBe('done');
		expect(session.notice).toBe('No reviews are due in the days ahead.');
		// Easy cards come back in days; 30 days ahead reaches them.
		await session.more({ kind: 'ahead', days: 30 });
		expect(session.phase).toBe('answering');
		expect(session.progress.left.review).toBe(4);
		session.close();
	});
});
