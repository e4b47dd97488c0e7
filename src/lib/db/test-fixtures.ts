import { vi } from 'vitest';
import type { Bank, Question } from '$lib/bank/schema';
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
