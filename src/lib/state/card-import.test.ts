import { describe, expect, it } from 'vitest';
import { fillStorage, snapshot, testDatabases } from '$lib/db/test-fixtures';
import { CardImport } from './card-import.svelte';

const fresh = testDatabases();
const now = new Date(2026, 2, 2, 10, 0, 0);
const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

function importer() {
	const db = fresh();
	let changed = 0;
	const cards = new CardImport(
		db,
		() => void changed++,
		() => now
	);
	return { db, cards, changes: () => changed };
}

describe('importing cards', () => {
	it('shows a preview first and writes nothing until Import', async () => {
		const { db, cards, changes } = importer();
		await cards.pick(file('front,back\nhola,hello\nlonely\n', 'words.csv'));
		const step = cards.step;
		expect(step.kind).toBe('preview');
		if (step.kind !== 'preview') return;
		expect(step.deck.questions.map((q) => q.prompt)).toEqual(['hola']);
		expect(step.deck.skipped).toEqual([{ where: 'line 3', reason: 'has 1 column; needs a front and a back' }]);
		expect(await db.banks.count()).toBe(0);

		await cards.confirm();
		expect(cards.step).toMatchObject({ kind: 'imported', saved: { bankId: 'words', title: 'words', questions: 1, reviews: 0 } });
		expect(await db.questions.where('bankId').equals('words').count()).toBe(1);
		expect(changes()).toBe(1);
	});

	it('writes nothing when cancelled', async () => {
		const { db, cards } = importer();
		await cards.pick(file('a\tb\n', 'x.txt'));
		cards.cancel();
		expect(cards.step).toEqual({ kind: 'cancelled', file: 'x.txt' });
		await cards.confirm();
		expect(await db.banks.count()).toBe(0);
	});

	it('reads Quizlet text with the separator chosen', async () => {
		const { cards } = importer();
		cards.format = 'quizlet';
		cards.separator = 'custom';
		cards.customSeparator = ' = ';
		await cards.pick(file('uno = one\n', 'numbers.txt'));
		expect(cards.step).toMatchObject({ kind: 'preview', deck: { questions: [{ prompt: 'uno', back: 'one' }] } });
	});

	it('refuses a file with nothing to import, naming the first thing skipped', async () => {
		const { cards } = importer();
		await cards.pick(file('only fronts\n', 'fronts.csv'));
		expect(cards.step).toEqual({
			kind: 'refused',
			file: 'fronts.csv',
			message: 'fronts.csv holds no card that can be imported. The first thing skipped: line 1 has 1 column; needs a front and a back. Is the format right?'
		});
	});

	it('says why, and changes nothing, when storage refuses the deck', async () => {
		const { db, cards } = importer();
		await cards.pick(file('a,b\n', 'a.csv'));
		const before = await snapshot(db);
		fillStorage();
		await cards.confirm();
		expect(cards.step).toMatchObject({ kind: 'failed', file: 'a.csv' });
		expect(await snapshot(db)).toBe(before);
	});
});
