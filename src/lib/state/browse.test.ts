import { describe, expect, it } from 'vitest';
import { saveBank } from '$lib/db/banks';
import { bankOf, card, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { BrowseView } from './browse.svelte';

const fresh = testDatabases();

async function view() {
	const db = fresh();
	await saveBank(db, bankOf([card('a', 'apple'), card('b', 'banana'), card('c', 'cherry')], 'fruit'), { builtIn: false }, studyNow);
	const browse = BrowseView.open({ ready: async () => db }, () => studyNow);
	await expect.poll(() => browse.loading).toBe(false);
	return { db, browse };
}

describe('BrowseView', () => {
	it('lists the cards of the query typed last, even when an earlier query answers later', async () => {
		const { browse } = await view();
		expect(browse.count).toBe(3);
		const slow = browse.change({ text: 'a' });
		const last = browse.change({ text: 'banana' });
		await Promise.all([slow, last]);
		expect(browse.query.text).toBe('banana');
		expect(browse.count).toBe(1);
	});

	it('has the first page of rows read when a list is shown, the first rows of the new order after a sort', async () => {
		const { browse } = await view();
		expect(browse.rowAt(0)?.card.id).toBe('fruit/a');
		expect(browse.rowAt(2)?.card.id).toBe('fruit/c');
		await browse.change({ sort: 'added', descending: true });
		expect(browse.rowAt(0)?.card.id).toBe('fruit/c');
	});

	it('reads the rows on screen, and runs an action on the selection, saying what it did', async () => {
		const { db, browse } = await view();
		await browse.show(0, 3);
		expect(browse.rowAt(1)?.card.id).toBe('fruit/b');
		browse.toggle('fruit/b');
		expect(await browse.act({ kind: 'suspend' })).toBe(true);
		expect(browse.status).toBe('Suspended 1 card: it stays out of study until unsuspended.');
		expect((await db.cards.get('fruit/b'))?.queue).toBe('suspended');
		await browse.change({ state: 'suspended' });
		expect(browse.count).toBe(1);
		expect([...browse.selected]).toEqual(['fruit/b']);
		await browse.change({ state: 'new' });
		expect(browse.selected.size).toBe(0);
	});

	it('lists a card buried on an earlier day as back in study, no longer buried', async () => {
		const { db, browse } = await view();
		await db.cards.update('fruit/a', { queue: 'buried', buriedUntil: studyNow.getTime() - 1 });
		await browse.change({ state: 'buried' });
		expect(browse.count).toBe(0);
		await browse.change({ state: 'new' });
		expect(browse.count).toBe(3);
	});

	it('saves an edit only when the bank schema accepts it', async () => {
		const { db, browse } = await view();
		await browse.show(0, 3);
		browse.edit('fruit/a');
		const editor = browse.editor!;
		expect(await editor.save({ ...editor.initial, back: ' ' })).toBe(false);
		expect(editor.problems).toEqual([{ field: 'back', message: 'Back: must not be empty.' }]);
		expect(await editor.save({ ...editor.initial, back: 'green apple' })).toBe(true);
		await browse.closeEditor(true);
		expect(browse.editor).toBeNull();
		expect((await db.questions.get(['fruit', 'a']))?.question).toMatchObject({ type: 'flashcard', back: 'green apple' });
	});
});
