import { describe, expect, it } from 'vitest';
import { describeProblem, ordinal } from './describe';
import { parseBank } from './parse';

const question = (extra: Record<string, unknown>) => ({ id: 'q-mcq', type: 'mcq', prompt: 'Which?', choices: ['a', 'b'], answer: 0, tags: [], ...extra });
const bank = (questions: unknown[], extra: Record<string, unknown> = {}) => ({
	schemaVersion: 1,
	id: 'deck',
	title: 'Deck',
	language: 'en',
	questions,
	...extra
});

/** The sentences with their isolate marks taken out, to read them. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

function sentences(input: unknown): string[] {
	const parsed = parseBank(input);
	if (parsed.ok) throw new Error('the bank was expected to be refused');
	return parsed.problems.map((p) => plain(describeProblem(p)));
}

describe('a bank problem in words', () => {
	it('names the question by its number and id, and the field by its place', () => {
		expect(sentences(bank([question({ id: 'one' }), question({ id: 'two' }), question({ id: 'third', choices: ['', 'b'] })]))).toEqual([
			'Question 3 (“third”): the first choice is empty.'
		]);
	});

	it('says what a value should be and what it is, with no zod or JSON path words', () => {
		expect(sentences(bank([question({ answer: 'one' })]))).toEqual(['Question 1 (“q-mcq”): the answer should be a number, not "one".']);
		expect(sentences(bank([question({ answer: -1 })]))).toEqual(['Question 1 (“q-mcq”): the answer must be at least 0, not -1.']);
		expect(sentences(bank([question({ answer: 5 })]))[0]).toBe(
			'Question 1 (“q-mcq”): the answer is 5, but there are only 2 choices: the first is 0, the last 1.'
		);
	});

	it('reads a message that is not a verb after a colon, and a missing field as missing', () => {
		expect(sentences(bank([question({ choices: ['Red', 'red'] })]))).toEqual(['Question 1 (“q-mcq”): the second choice: duplicate choice "red".']);
		const { prompt: _dropped, ...noPrompt } = question({});
		expect(sentences(bank([noPrompt]))).toEqual(['Question 1 (“q-mcq”): the question text is missing.']);
	});

	it('speaks of the deck for a problem outside the questions, and of the file for broken JSON', () => {
		expect(sentences(bank([question({})], { id: 5 }))).toEqual(['The deck\u2019s id should be a string, not 5.'.replace('\u2019', "'")]);
		expect(plain(describeProblem({ path: '', field: 'JSON', message: 'line 3, column 5: a comma is missing' }))).toBe(
			'The file is not valid JSON: line 3, column 5: a comma is missing.'
		);
	});

	it('isolates what comes from the file, so a direction override in it reorders nothing else', () => {
		const parsed = parseBank(bank([question({ id: 'x\u202Ey', choices: ['a', 'a'] })]));
		const [id, choice] = parsed.ok ? [] : parsed.problems.map(describeProblem);
		expect(id).toMatch(/^Question 1 \(“\u2068x\u202Ey\u2069”\): the id must use only [^\u2068]+, not \u2068"x\u202Ey"\u2069\.$/);
		expect(choice).toBe('Question 1 (“\u2068x\u202Ey\u2069”): the second choice: \u2068duplicate choice "a"\u2069.');
	});

	it('counts places in words, then in figures', () => {
		expect([0, 1, 9, 10, 11, 12, 20, 21, 22].map(ordinal)).toEqual(['first', 'second', 'tenth', '11th', '12th', '13th', '21st', '22nd', '23rd']);
	});
});
