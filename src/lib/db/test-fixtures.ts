import { afterEach, vi } from 'vitest';
import { Dexie } from 'dexie';
import type { Bank, Question } from '$lib/bank/schema';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from '$lib/srs';
import { saveBank } from './banks';
import { FactdeckDatabase } from './database';

let counter = 0;

/** A fresh database of its own for each test (fake-indexeddb in vitest). */
export function freshDatabase(): FactdeckDatabase {
	counter += 1;
	return new FactdeckDatabase(`factdeck-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function card(id: string, back = `Back of ${id}`): Question {
	return { id, type: 'flashcard', prompt: `Front of ${id}`, back, tags: [] };
}

export function bankOf(questions: Question[], id = 'deck'): Bank {
	return { schemaVersion: 1, id, title: `Deck ${id}`, language: 'en', questions };
}

/**
 * Makes every write the browser is asked for fail as a full disk does (QuotaExceededError),
 * until the test's mocks are restored (vitest `restoreMocks`).
 */
export function fillStorage(): void {
	const full = () => {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
	vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
}

/** Every row of every table, to check that a refused change left the database as it was. */
export async function snapshot(db: FactdeckDatabase): Promise<string> {
	const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
	return JSON.stringify(tables);
}

/** 10:00 on a day with no daylight-saving change: the moment the study tests are set at. */
export const studyNow = new Date(2026, 2, 2, 10, 0, 0);
export const minutesLater = (n: number) => new Date(studyNow.getTime() + n * 60_000);
export const studySettings: SrsSettings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay: 3 };

/** For a test file: a maker of fresh databases, each deleted after its test. */
export function testDatabases(): () => FactdeckDatabase {
	const made: FactdeckDatabase[] = [];
	afterEach(() => Promise.all(made.splice(0).map((db) => db.delete())));
	return () => {
		const db = freshDatabase();
		made.push(db);
		return db;
	};
}

/**
 * For a test file: a maker of fresh databases, each holding the deck "deck" of flashcards with
 * the given ids saved at studyNow, deleted after each test.
 */
export function deckDatabases(): (ids: string[]) => Promise<FactdeckDatabase> {
	const fresh = testDatabases();
	return async (ids) => {
		const db = fresh();
		await saveBank(db, bankOf(ids.map((id) => card(id))), { builtIn: true }, studyNow);
		return db;
	};
}

/** Holds the review table in a write transaction until the returned function is called. */
export function holdReviews(db: FactdeckDatabase): () => Promise<void> {
	let release = () => {};
	const held = db.transaction('rw', db.reviews, () => Dexie.waitFor(new Promise<void>((done) => (release = done))));
	return async () => {
		release();
		await held;
	};
}

/** Saves two learner's decks: "one" (cards a–d) and "two" (cards e, f), as the statistics tests use them. */
export async function saveTwoDecks(db: FactdeckDatabase): Promise<void> {
	await saveBank(
		db,
		bankOf(
			['a', 'b', 'c', 'd'].map((id) => card(id)),
			'one'
		),
		{ builtIn: false },
		studyNow
	);
	await saveBank(db, bankOf([card('e'), card('f')], 'two'), { builtIn: false }, studyNow);
}
