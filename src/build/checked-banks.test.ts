import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkedBank } from './checked-banks';

const FILE = 'questions/banks/deck.json';
let root: string;

function bank(questions: unknown[]): string {
	return JSON.stringify({ schemaVersion: 1, id: 'deck', title: 'Deck', language: 'en', questions });
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'factdeck-checked-'));
	mkdirSync(join(root, 'questions/banks'), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function check(text: string) {
	writeFileSync(join(root, FILE), text);
	return checkedBank(root, FILE, text);
}

describe('a built-in bank at build time', () => {
	it('is bundled as the validator outputs it, defaults filled in, so the browser need not parse it', () => {
		const checked = check(bank([{ id: 'q1', type: 'flashcard', prompt: 'Front', back: 'Back' }]));
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(JSON.parse(checked.json).questions[0]).toEqual({ id: 'q1', type: 'flashcard', prompt: 'Front', back: 'Back', tags: [] });
	});

	it('is refused with each problem by file, question and field', () => {
		const checked = check(bank([{ id: 'q1', type: 'mcq', prompt: 'Pick', choices: ['a'], answer: 0 }]));
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(checked.problems).toHaveLength(1);
		expect(checked.problems[0]).toMatch(/^questions\/banks\/deck\.json: q1: choices: /);
	});

	it('is refused when it is not named for its id, as questions:check refuses it', () => {
		const text = bank([{ id: 'q1', type: 'flashcard', prompt: 'Front', back: 'Back' }]);
		writeFileSync(join(root, 'questions/banks/other.json'), text);
		const checked = checkedBank(root, 'questions/banks/other.json', text);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.problems[0]).toMatch(/^questions\/banks\/other\.json: -: id: /);
	});
});
