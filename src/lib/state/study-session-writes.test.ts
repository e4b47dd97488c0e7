import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactdeckDatabase, putSrsSettings, saveBank } from '$lib/db';
import { bankOf, card, fillStorage, snapshot } from '$lib/db/test-fixtures';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { StudySession } from './study-session.svelte';

// A flashcard's rating is written while the next card is already on screen: the learner never
// waits for the database, and a write that fails brings its card back.

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

/** Holds the review table in a write transaction until the returned function is called. */
function holdReviews(): () => Promise<void> {
	let release = () => {};
	const held = db.transaction('rw', db.reviews, () => Dexie.waitFor(new Promise<void>((done) => (release = done))));
	return async () => {
		release();
		await held;
	};
}

describe('rating a flashcard', () => {
	it('shows the next card, counted as done, before the rating is written', async () => {
		const session = await started();
		const release = holdReviews();
		session.reveal();
		const rating = session.rate(3);
		await vi.waitFor(() => expect(session.question?.id).toBe('b'));
		expect(session.phase).toBe('answering');
		expect(session.progress.done).toBe(1);
		// Undo waits for the answer to be stored: there is nothing to take back yet.
		expect(session.canUndo).toBe(false);
		await release();
		await rating;
		expect(await db.reviews.count()).toBe(1);
		expect((await db.cards.get('deck/a'))?.queue).toBe('learning');
		expect(session.canUndo).toBe(true);
		expect(session.progress.done).toBe(1);
	});

	it('takes an answer given while the one before is on its way, and stores both in order, each counted once', async () => {
		const session = await started();
		const release = holdReviews();
		session.reveal();
		const first = session.rate(4);
		await vi.waitFor(() => expect(session.question?.id).toBe('b'));
		session.reveal();
		// The card after it is chosen from the deck as the first answer left it: that read waits for it.
		const second = session.rate(4);
		await release();
		await Promise.all([first, second]);
		expect(session.question?.id).toBe('c');
		expect((await db.reviews.orderBy('id').toArray()).map((r) => r.cardId)).toEqual(['deck/a', 'deck/b']);
		expect(session.progress.done).toBe(2);
		await session.undo();
		expect(session.question?.id).toBe('b');
		expect(await db.reviews.count()).toBe(1);
	});

	it('brings the card back with a message when its rating could not be written', async () => {
		const session = await started();
		const before = await snapshot(db);
		fillStorage();
		session.reveal();
		await session.rate(3);
		expect(session.error).toMatch(/^Your answer could not be saved: this device has no storage space left for Factdeck\./);
		expect(session.question?.id).toBe('a');
		expect(session.phase).toBe('answering');
		expect(session.progress.done).toBe(0);
		vi.restoreAllMocks();
		expect(await snapshot(db)).toBe(before);
	});
});
