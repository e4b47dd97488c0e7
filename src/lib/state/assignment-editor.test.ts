import { afterEach, describe, expect, it } from 'vitest';
import { decodeAssignment } from '$lib/assign';
import { decksWithQuestions, getAssignment, saveBank, type FactdeckDatabase } from '$lib/db';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { AssignmentEditor } from './assignment-editor.svelte';

const now = new Date(2026, 2, 2, 10, 0, 0);
let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

async function decks() {
	db = freshDatabase();
	await saveBank(
		db,
		{
			schemaVersion: 1,
			id: 'built',
			title: 'Built in',
			language: 'en',
			questions: [
				{ id: 'b1', type: 'mcq', prompt: 'Which river?', tags: ['places'], choices: ['Dnipro', 'Volga'], answer: 0 },
				{ id: 'b2', type: 'true_false', prompt: 'Kyiv is a city.', tags: ['places'], answer: true },
				{ id: 'b3', type: 'flashcard', prompt: 'Front', tags: [], back: 'Back' }
			]
		},
		{ builtIn: true },
		now
	);
	await saveBank(
		db,
		{
			schemaVersion: 1,
			id: 'mine',
			title: 'Mine',
			language: 'en',
			questions: [{ id: 'm1', type: 'numeric', prompt: 'How many rivers?', tags: [], answer: 2 }]
		},
		{ builtIn: false },
		now
	);
	return decksWithQuestions(db);
}

describe('picking questions', () => {
	it('offers every gradable question, and filters by text, deck, type and tag', async () => {
		const editor = new AssignmentEditor(await decks(), 'new', undefined, 'Ms Rivera');
		expect(editor.all.map((c) => c.question.id)).toEqual(['b1', 'b2', 'm1']);
		editor.search = 'river';
		expect(editor.shown.map((c) => c.question.id)).toEqual(['b1', 'm1']);
		editor.deckFilter = 'mine';
		expect(editor.shown.map((c) => c.question.id)).toEqual(['m1']);
		editor.search = '';
		editor.deckFilter = '';
		editor.typeFilter = 'true_false';
		expect(editor.shown.map((c) => c.question.id)).toEqual(['b2']);
		editor.typeFilter = '';
		editor.tagFilter = 'places';
		editor.selectShown();
		expect(editor.selectedCount).toBe(2);
		editor.clearShown();
		expect(editor.selectedCount).toBe(0);
	});
});

describe('saving', () => {
	it('lists what is missing and stores nothing', async () => {
		const editor = new AssignmentEditor(await decks(), 'new', undefined, '');
		editor.passMark = 300;
		expect(await editor.save(db, now)).toEqual({ ok: false });
		expect(editor.problems).toEqual([
			'Title: give the assignment a title.',
			'Your name: students see who the assignment is from.',
			'Questions: pick at least one question.',
			'Pass mark (1–100%): enter a whole number in range, or leave it empty.'
		]);
		expect(await db.assignments.count()).toBe(0);
	});

	it('publishes a signed link with built-in questions by reference and a file with all of them whole', async () => {
		const editor = new AssignmentEditor(await decks(), 'new', undefined, 'Ms Rivera');
		editor.title = 'Rivers';
		editor.selectShown();
		const saved = await editor.save(db, now);
		expect(saved.ok).toBe(true);
		const record = saved.ok ? await getAssignment(db, saved.id) : undefined;
		expect(record?.published.assignment.questions.map((q) => q.id)).toEqual(['b1', 'b2', 'm1']);
		const link = await decodeAssignment(record?.published.linkCode ?? '');
		expect(link.wire.r).toHaveLength(1);
		expect(link.wire.q.map((q) => q.id)).toEqual(['m1']);
		const file = await decodeAssignment(record?.published.fileCode ?? '');
		expect(file.wire.q.map((q) => q.id)).toEqual(['b1', 'b2', 'm1']);
	});

	it('keeps the id when editing, and makes a new one when duplicating', async () => {
		const all = await decks();
		const first = new AssignmentEditor(all, 'new', undefined, 'Ms Rivera');
		first.title = 'Rivers';
		first.selectShown();
		const saved = await first.save(db, now);
		const record = saved.ok ? await getAssignment(db, saved.id) : undefined;
		if (!record) throw new Error('not saved');

		const edit = new AssignmentEditor(all, 'edit', record, '');
		expect(edit.selectedCount).toBe(3);
		edit.passMark = 50;
		expect(await edit.save(db, now)).toEqual({ ok: true, id: record.id });
		expect((await getAssignment(db, record.id))?.published.contentHash).not.toBe(record.published.contentHash);

		const copy = new AssignmentEditor(all, 'duplicate', record, '');
		expect(copy.title).toBe('Rivers (copy)');
		const duplicated = await copy.save(db, now);
		expect(duplicated.ok && duplicated.id !== record.id).toBe(true);
		expect(await db.assignments.count()).toBe(2);
	});
});

describe('hiding the answers', () => {
	it('locks the answers of whole questions behind a release code, kept across edits', async () => {
		const all = await decks();
		const editor = new AssignmentEditor(all, 'new', undefined, 'Ms Rivera');
		editor.title = 'Rivers';
		editor.hideAnswers = true;
		editor.selectShown();
		const saved = await editor.save(db, now);
		const record = saved.ok ? await getAssignment(db, saved.id) : undefined;
		if (!record) throw new Error('not saved');
		expect(record.published.releaseCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
		const link = await decodeAssignment(record.published.linkCode);
		expect(link.wire.r).toHaveLength(1);
		expect(link.wire.lq.map((q) => q.id)).toEqual(['m1']);
		expect(link.json).not.toContain('"answer"');
		expect(record.published.assignment.questions.map((q) => q.id)).toEqual(['b1', 'b2', 'm1']);

		const edit = new AssignmentEditor(all, 'edit', record, '');
		edit.title = 'Rivers, again';
		await edit.save(db, now);
		expect((await getAssignment(db, record.id))?.published.releaseCode).toBe(record.published.releaseCode);
	});
});

describe('saving when the device is full', () => {
	it('says so and what to do, and stores no part of the assignment', async () => {
		const editor = new AssignmentEditor(await decks(), 'new', undefined, 'Ms Rivera');
		editor.title = 'Rivers';
		editor.selectShown();
		const before = await snapshot(db);
		fillStorage();
		expect(await editor.save(db, now)).toEqual({ ok: false });
		expect(editor.problems).toEqual([expect.stringMatching(/^Nothing of it was stored: this device has no storage space left for Factdeck\. Free some space/)]);
		expect(editor.saving).toBe(false);
		expect(await snapshot(db)).toBe(before);
	});
});
