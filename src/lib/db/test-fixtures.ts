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
