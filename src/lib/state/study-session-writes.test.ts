import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactdeckDatabase, saveBank } from '$lib/db';
import { putSrsSettings } from '$lib/db/settings';
import { journalKeys, pageJournal } from '$lib/db';
import { bankOf, card, fillStorage, holdReviews, snapshot } from '$lib/db/test-fixtures';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { StudyQueue } from './study-queue';
import { StudySession } from './study-session.svelte';

// A flashcard's rating puts the next card on screen at once, while the rating is written: it is
// journaled first, so a tab killed before the write lands keeps it (the next start replays it).
// A write that fails is told, counts for nothing, and its card comes back later.

let db: FactdeckDatabase;
const t = new Date(2026, 2, 2, 10, 0, 0).getTime();
const clock = () => new Date(t);

afterEach(async () => {
	await db?.delete();
});

async function started(): Promise<StudySession> {
	db = new FactdeckDatabase(`writes-${Math.random().toString(36).slice(2)}`);
	await saveBank(db, bankOf([card('a'), card('b'), card('c')]), { builtIn: true }, clock());
	await putSrsSettings(db, { ...DEFAULT_SRS_SETTINGS, enableFuzz: false });
	const session = new StudySession(db, 'deck', clock);
	await session.start();
	// The heads of the queues are read ahead once the first card is on screen.
	await new Promise((done) => setTimeout(done, 50));
	return session;
}

describe('rating a flashcard', () => {
	it('shows the next card at once, with the rating journaled until it is stored, counted once', async () => {
		const session = await started();
		const release = holdReviews(db);
		session.reveal();
		const rating = session.rate(3);
		await new Promise((done) => setTimeout(done, 100));
		expect(session.question?.id).toBe('b');
		expect(session.phase).toBe('answering');
		// The write waits behind the held transaction: only the journal has the rating yet.
		const [key] = journalKeys(pageJournal(), db.name);
		expect(JSON.parse(pageJournal()?.getItem(key) ?? 'null')).toMatchObject({ input: { cardId: 'deck/a', rating: 3, shownLastReview: null }, at: t });
		await release();
		await rating;
		expect(journalKeys(pageJournal(), db.name)).toEqual([]);
		expect(await db.reviews.count()).toBe(1);
		expect((await db.cards.get('deck/a'))?.queue).toBe('learning');
		expect(session.canUndo).toBe(true);
		expect(session.progress.done).toBe(1);
	});

	it('lets the next card be answered while the write of the rating before it is still out', async () => {
		const session = await started();
		// The writes land, but the session hears of them (in order) only when released: a slow disk, as the session sees it.
		let release = () => {};
		const heard = new Promise<void>((done) => (release = done));
		const record = StudyQueue.prototype.record;
		vi.spyOn(StudyQueue.prototype, 'record').mockImplementation(async function (this: StudyQueue, ...args) {
			const saved = await record.apply(this, args);
			await heard;
			return saved;
		});
		session.reveal();
		const first = session.rate(3);
		await new Promise((done) => setTimeout(done, 100));
		expect(session.question?.id).toBe('b');
		session.reveal();
		const second = session.rate(4);
		await new Promise((done) => setTimeout(done, 100));
		expect(session.question?.id).toBe('c');
		release();
		await Promise.all([first, second]);
		expect((await db.reviews.orderBy('id').toArray()).map((r) => [r.cardId, r.rating])).toEqual([
			['deck/a', 3],
			['deck/b', 4]
		]);
		expect(session.progress.done).toBe(2);
		expect(session.error).toBeNull();
	});

	it('stores answers in the order given, each counted once, and Undo takes back the last', async () => {
		const session = await started();
		session.reveal();
		await session.rate(4);
		expect(session.question?.id).toBe('b');
		session.reveal();
		await session.rate(4);
		expect(session.question?.id).toBe('c');
		expect((await db.reviews.orderBy('id').toArray()).map((r) => r.cardId)).toEqual(['deck/a', 'deck/b']);
		expect(session.progress.done).toBe(2);
		await session.undo();
		expect(session.question?.id).toBe('b');
		expect(await db.reviews.count()).toBe(1);
	});

	it('tells the learner when a rating could not be written, counts nothing, and brings the card back', async () => {
		const session = await started();
		const before = await snapshot(db);
		fillStorage();
		session.reveal();
		await session.rate(3);
		expect(session.error).toMatch(/^Your answer could not be saved: this device has no storage space left for Factdeck\./);
		expect(session.progress.done).toBe(0);
		expect(journalKeys(pageJournal(), db.name)).toEqual([]);
		vi.restoreAllMocks();
		expect(await snapshot(db)).toBe(before);
		// The heads are read again after the failure: card a, never answered, is first again.
		await new Promise((done) => setTimeout(done, 50));
		session.reveal();
		await session.rate(3);
		expect(session.question?.id).toBe('a');
		expect(await db.reviews.count()).toBe(1);
	});
});
