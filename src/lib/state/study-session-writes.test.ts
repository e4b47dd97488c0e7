import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactdeckDatabase, putSrsSettings, saveBank } from '$lib/db';
import { bankOf, card, fillStorage, holdReviews, snapshot } from '$lib/db/test-fixtures';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import { StudySession } from './study-session.svelte';

// A flashcard's rating is on disk before the next card shows: a card that left the screen is a
// saved answer, so a tab killed a moment after it loses nothing. The next card is chosen while the
// rating is written, and a write that fails leaves the card on screen with the reason.

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
	it('shows the next card only once the rating is stored, counted once', async () => {
		const session = await started();
		const release = holdReviews(db);
		session.reveal();
		const rating = session.rate(3);
		await new Promise((done) => setTimeout(done, 100));
		expect(session.question?.id).toBe('a');
		expect(session.phase).toBe('revealed');
		await release();
		await rating;
		expect(session.question?.id).toBe('b');
		expect(await db.reviews.count()).toBe(1);
		expect((await db.cards.get('deck/a'))?.queue).toBe('learning');
		expect(session.canUndo).toBe(true);
		expect(session.progress.done).toBe(1);
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

	it('keeps the card on screen with a message when its rating could not be written', async () => {
		const session = await started();
		const before = await snapshot(db);
		fillStorage();
		session.reveal();
		await session.rate(3);
		expect(session.error).toMatch(/^Your answer could not be saved: this device has no storage space left for Factdeck\./);
		expect(session.question?.id).toBe('a');
		expect(session.phase).toBe('revealed');
		expect(session.progress.done).toBe(0);
		vi.restoreAllMocks();
		expect(await snapshot(db)).toBe(before);
		await session.rate(3);
		expect(session.question?.id).toBe('b');
		expect(await db.reviews.count()).toBe(1);
	});
});
