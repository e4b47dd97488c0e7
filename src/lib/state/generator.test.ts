import { afterEach, describe, expect, it } from 'vitest';
import { isolate } from '$lib/assign';
import type { Bank } from '$lib/bank/schema';
import { FactdeckDatabase, listBanks } from '$lib/db';
import type { GenerateReply, GenerateRequest } from './generate-protocol';
import { fillStorage } from '$lib/db/test-fixtures';
import { GeneratorState, MAX_ARTICLE_CHARS } from './generator.svelte';
import { FakeWorker } from './test-worker';

const bank: Bank = {
	schemaVersion: 1,
	id: 'cup-final',
	title: 'Cup final',
	language: 'en',
	questions: [
		{ id: 'q1', type: 'short_answer', prompt: 'Who scored the winner?', answer: 'Rafael Menezes', tags: ['person'] },
		{ id: 'q2', type: 'flashcard', prompt: 'Rafael Menezes', back: 'A centre-back', tags: ['person'] }
	]
};

function withWorker(replies: GenerateReply[]) {
	const worker = new FakeWorker<GenerateRequest, GenerateReply>(replies);
	return { worker, state: new GeneratorState(() => worker.asWorker()) };
}

let db: FactdeckDatabase | null = null;
afterEach(async () => {
	await db?.delete();
	db = null;
});

describe('GeneratorState', () => {
	it('sends the text to the worker and shows the questions as drafts', () => {
		const { worker, state } = withWorker([
			{ type: 'progress', stage: 'facts', fraction: 0.4 },
			{ type: 'done', outcome: { ok: true, text: 'Article', bank, facts: [], rejected: [], sentences: [] } }
		]);
		state.source = 'Article';
		state.generate();
		expect(worker.requests[0].text).toBe('Article');
		expect(worker.terminated).toBe(true);
		expect(state.phase).toBe('review');
		expect(state.title).toBe('Cup final');
		expect(state.drafts.map((d) => d.included)).toEqual([true, true]);
	});

	it('says why no questions could be made', () => {
		const { state } = withWorker([{ type: 'done', outcome: { ok: false, reason: 'it has no complete sentences' } }]);
		state.source = '1 2 3';
		state.generate();
		expect(state.phase).toBe('failed');
		expect(state.failure).toBe('No questions could be made from this text, because it has no complete sentences');
	});

	it('refuses to save while an edited question is invalid', async () => {
		const { state } = withWorker([{ type: 'done', outcome: { ok: true, text: '', bank, facts: [], rejected: [], sentences: [] } }]);
		state.generate();
		await state.edit(0, { ...bank.questions[0], prompt: '   ' });
		expect(state.drafts[0].problem).toContain('prompt');
		expect(state.canSave).toBe(false);
		state.toggle(0, false);
		expect(state.canSave).toBe(true);
	});

	it('saves the kept questions as a new deck, never over an existing one', async () => {
		db = new FactdeckDatabase(`generator-${Math.random().toString(36).slice(2)}`);
		for (let i = 0; i < 2; i++) {
			const { state } = withWorker([{ type: 'done', outcome: { ok: true, text: '', bank, facts: [], rejected: [], sentences: [] } }]);
			state.generate();
			state.toggle(1, false);
			const saved = await state.save(db, new Date(2026, 0, 1));
			expect(saved).toEqual({ ok: true, bankId: i === 0 ? 'cup-final' : 'cup-final-2' });
		}
		const banks = await listBanks(db);
		expect(banks.map((b) => [b.id, b.questionCount])).toEqual([
			['cup-final', 1],
			['cup-final-2', 1]
		]);
	});

	it('says so when the device is full, and saves nothing', async () => {
		db = new FactdeckDatabase(`generator-${Math.random().toString(36).slice(2)}`);
		const { state } = withWorker([{ type: 'done', outcome: { ok: true, text: '', bank, facts: [], rejected: [], sentences: [] } }]);
		state.generate();
		fillStorage();
		const saved = await state.save(db, new Date(2026, 0, 1));
		expect(saved.ok).toBe(false);
		expect(!saved.ok && saved.problems).toEqual([expect.stringMatching(/^The deck was not saved; nothing was changed: this device has no storage space left/)]);
		expect(await listBanks(db)).toEqual([]);
	});

	it('refuses a file that is not text', async () => {
		const { state } = withWorker([]);
		await state.openFile(new File(['\u0000\u0001binary'], 'photo.txt'));
		expect(state.inputProblem).toBe(`${isolate('photo.txt')}: this is not a text file (it holds binary data)`);
		await state.openFile(new File(['x'], 'slides.pdf'));
		expect(state.inputProblem).toBe(`${isolate('slides.pdf')}: open a .txt or .md file`);
		await state.openFile(new File(['An article.'], 'my-article.md'));
		expect(state.inputProblem).toBeNull();
		expect(state.source).toBe('An article.');
		expect(state.title).toBe('my article');
	});

	it('refuses a text longer than the generator reads, whether opened, pasted or typed', async () => {
		const { worker, state } = withWorker([]);
		const huge = 'A sentence of the article. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 27));
		await state.openFile(new File([huge], 'book.txt'));
		expect(state.inputProblem).toBe(
			`${isolate('book.txt')}: the file has ${huge.length.toLocaleString('en')} characters; at most 200,000 (about 30,000 words) can be used. Use a shorter part of it.`
		);
		expect(state.source).toBe('');

		state.source = 'x'.repeat(100);
		expect(state.acceptPaste(MAX_ARTICLE_CHARS - 100, 0)).toBe(true);
		expect(state.inputProblem).toBeNull();
		expect(state.acceptPaste(MAX_ARTICLE_CHARS, 50)).toBe(false);
		expect(state.inputProblem).toMatch(/^The text with this paste has 200,050 characters; at most 200,000/);

		state.source = huge;
		state.generate();
		expect(worker.requests).toEqual([]);
		expect(state.phase).toBe('idle');
		expect(state.inputProblem).toMatch(/^The text has [\d,]+ characters; at most 200,000/);
	});
});
