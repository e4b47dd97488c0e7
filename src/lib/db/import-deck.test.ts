import { describe, expect, it } from 'vitest';
import type { ImportedDeck } from '$lib/formats/types';
import { saveImportedDeck } from './import-deck';
import { fillStorage, snapshot, studyNow, studySettings, testDatabases } from './test-fixtures';
import { saveBank } from './banks';
import { bankOf, card } from './test-fixtures';

const fresh = testDatabases();
const day = 86_400_000;
const t0 = studyNow.getTime() - 30 * day;

const deck: ImportedDeck = {
	title: 'Spanish',
	questions: [
		{ id: 'a', type: 'flashcard', prompt: 'hola', back: 'hello', tags: [] },
		{ id: 'b', type: 'flashcard', prompt: 'adiós', back: 'goodbye', tags: [] }
	],
	skipped: [],
	history: [
		{ questionId: 'a', rating: 3, reviewedAt: t0, durationMs: 4000 },
		{ questionId: 'a', rating: 3, reviewedAt: t0 + day, durationMs: 3000 },
		{ questionId: 'a', rating: 3, reviewedAt: t0 + 5 * day, durationMs: 2000 }
	],
	mediaSkipped: 0
};

describe('saving an imported deck', () => {
	it('lands as a new deck with its history replayed through the scheduler', async () => {
		const db = fresh();
		const saved = await saveImportedDeck(db, deck, studyNow, studySettings);
		expect(saved).toEqual({ bankId: 'spanish', title: 'Spanish', questions: 2, reviews: 3 });
		const a = await db.cards.get('spanish/a');
		expect(a).toMatchObject({ queue: 'review', srs: { reps: 3, phase: 'review', lastReview: t0 + 5 * day } });
		expect(a!.due).toBeGreaterThan(t0 + 5 * day + day);
		expect((await db.cards.get('spanish/b'))?.queue).toBe('new');
		const reviews = await db.reviews.where('cardId').equals('spanish/a').toArray();
		expect(reviews.map((r) => [r.reviewedAt, r.phaseBefore])).toEqual([
			[t0, 'new'],
			[t0 + day, 'learning'],
			[t0 + 5 * day, reviews[2].phaseBefore]
		]);
	});

	it('never takes over a deck of the same name', async () => {
		const db = fresh();
		await saveBank(db, { ...bankOf([card('x')], 'spanish'), title: 'Spanish' }, { builtIn: false }, studyNow);
		const saved = await saveImportedDeck(db, deck, studyNow, studySettings);
		expect(saved).toMatchObject({ bankId: 'spanish-2', title: 'Spanish (2)' });
		expect(await db.questions.where('bankId').equals('spanish').count()).toBe(1);
	});

	it('writes nothing when storage refuses, nor for a deck without questions', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('x')]), { builtIn: false }, studyNow);
		const before = await snapshot(db);
		await expect(saveImportedDeck(db, { ...deck, questions: [] }, studyNow, studySettings)).rejects.toThrow(/no question/);
		fillStorage();
		await expect(saveImportedDeck(db, deck, studyNow, studySettings)).rejects.toThrow();
		expect(await snapshot(db)).toBe(before);
	});
});
