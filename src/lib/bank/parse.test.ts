// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BankError, formatProblem, type Problem } from './errors';
import { parseBank, parseBankJson } from './parse';

type Json = Record<string, unknown>;

/** A small bank holding one question of every type; each test breaks one thing. */
function validBank(): Json & { questions: Json[] } {
	return {
		schemaVersion: 1,
		id: 'sample',
		title: 'Sample',
		language: 'en',
		source: { title: 'Sample article', file: 'questions/sources/sample.md' },
		questions: [
			{ id: 'q-mcq', type: 'mcq', prompt: 'Pick one', choices: ['red', 'green', 'blue'], answer: 1 },
			{ id: 'q-tf', type: 'true_false', prompt: 'Snow is cold.', answer: true },
			{ id: 'q-cloze', type: 'cloze', prompt: 'The sky is ____.', answer: 'blue', accept: ['azure'] },
			{ id: 'q-short', type: 'short_answer', prompt: 'Name a colour', answer: 'red' },
			{ id: 'q-num', type: 'numeric', prompt: 'How many?', answer: 24, tolerance: 0, unit: 'drones' },
			{ id: 'q-card', type: 'flashcard', prompt: 'Front', back: 'Back', source: { quote: 'abc', start: 0, end: 3 } }
		]
	};
}

function problemsOf(input: unknown): Problem[] {
	const result = parseBank(input);
	if (result.ok) throw new Error('expected the bank to be rejected');
	return result.problems;
}

describe('parseBank accepts a valid bank', () => {
	it('returns the bank with defaults filled in', () => {
		const result = parseBank(validBank());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.bank.questions).toHaveLength(6);
		expect(result.bank.questions[0].tags).toEqual([]);
	});
});

describe('parseBank locates every problem by question id and field', () => {
	it('reports a missing answer as required', () => {
		const bank = validBank();
		delete bank.questions[0].answer;
		expect(problemsOf(bank)).toEqual([{ path: 'questions[0].answer', questionId: 'q-mcq', field: 'answer', message: 'is required' }]);
	});

	it('names the allowed types when the type is unknown', () => {
		const bank = validBank();
		bank.questions[3] = { ...bank.questions[3], type: 'essay' };
		expect(problemsOf(bank)).toEqual([
			{
				path: 'questions[3].type',
				questionId: 'q-short',
				field: 'type',
				message: 'expected one of mcq, true_false, cloze, short_answer, numeric, flashcard but got "essay"'
			}
		]);
	});

	it('reports a missing type as required', () => {
		const bank = validBank();
		delete bank.questions[0].type;
		expect(problemsOf(bank)[0].message).toBe('is required: one of mcq, true_false, cloze, short_answer, numeric, flashcard');
	});

	it('reports a duplicate choice at the repeated choice', () => {
		const bank = validBank();
		bank.questions[0].choices = ['red', 'green', 'Red'];
		expect(problemsOf(bank)).toEqual([{ path: 'questions[0].choices[2]', questionId: 'q-mcq', field: 'choices.2', message: 'duplicate choice "Red"' }]);
	});

	it('reports an answer index past the last choice', () => {
		const bank = validBank();
		bank.questions[0].answer = 3;
		expect(problemsOf(bank)).toEqual([
			{
				path: 'questions[0].answer',
				questionId: 'q-mcq',
				field: 'answer',
				message: 'is 3, but there are only 3 choices: the first is 0, the last 2'
			}
		]);
	});

	it('reports a negative or fractional answer index with the value found', () => {
		const bank = validBank();
		bank.questions[0].answer = -1;
		expect(problemsOf(bank)[0].message).toBe('must be at least 0 but got -1');
		bank.questions[0].answer = 1.5;
		expect(problemsOf(bank)[0].message).toBe('expected an integer but got 1.5');
	});

	it('reports a cloze prompt without a blank', () => {
		const bank = validBank();
		bank.questions[2] = { ...bank.questions[2], prompt: 'The sky is blue.' };
		expect(problemsOf(bank)).toEqual([
			{
				path: 'questions[2].prompt',
				questionId: 'q-cloze',
				field: 'prompt',
				message: 'must hold exactly one blank "____" (found 0)'
			}
		]);
	});

	it('reports a duplicate question id at the second occurrence', () => {
		const bank = validBank();
		bank.questions[4] = { ...bank.questions[4], id: 'q-tf' };
		expect(problemsOf(bank)).toEqual([{ path: 'questions[4].id', questionId: 'q-tf', field: 'id', message: 'duplicate question id "q-tf"' }]);
	});

	it('reports a wrong schema version outside any question', () => {
		const problems = problemsOf({ ...validBank(), schemaVersion: 2 });
		expect(problems).toEqual([{ path: 'schemaVersion', field: 'schemaVersion', message: 'expected 1 but got 2' }]);
		expect(formatProblem('bank.json', problems[0])).toBe('bank.json: -: schemaVersion: expected 1 but got 2');
	});

	it('reports too few choices with the count found', () => {
		const bank = validBank();
		bank.questions[0].choices = ['red'];
		bank.questions[0].answer = 0;
		expect(problemsOf(bank)).toEqual([{ path: 'questions[0].choices', questionId: 'q-mcq', field: 'choices', message: 'needs at least 2 choices but got 1' }]);
	});

	it('reports a wrongly typed field with the value found', () => {
		const bank = validBank();
		bank.questions[4] = { ...bank.questions[4], answer: '24' };
		expect(problemsOf(bank)).toEqual([{ path: 'questions[4].answer', questionId: 'q-num', field: 'answer', message: 'expected a number but got "24"' }]);
	});

	it('shows the bad value of a field with a format', () => {
		const problems = problemsOf({ ...validBank(), source: { title: 'x', sha256: 'abc' } });
		expect(problems).toEqual([{ path: 'source.sha256', field: 'source.sha256', message: 'must be 64 lowercase hex digits but got "abc"' }]);
	});

	it('gives no question id when the question has none', () => {
		const bank = validBank();
		bank.questions[1] = 7 as unknown as Json;
		expect(problemsOf(bank)).toEqual([{ path: 'questions[1]', field: '(question)', message: 'expected an object but got 7' }]);
	});

	it('reports a value that is not a bank at all', () => {
		expect(problemsOf(null)).toEqual([{ path: '', field: '(bank)', message: 'expected an object but got null' }]);
	});
});

describe('formatProblem', () => {
	it('writes file, question id, field and message, with - outside a question', () => {
		const inQuestion: Problem = { path: 'questions[3].choices[1]', questionId: 'q3', field: 'choices.1', message: 'must not be empty' };
		expect(formatProblem('b.json', inQuestion)).toBe('b.json: q3: choices.1: must not be empty');
		expect(formatProblem('b.json', { path: 'title', field: 'title', message: 'is required' })).toBe('b.json: -: title: is required');
	});

	it('makes a BankError whose message lists every problem', () => {
		const error = new BankError('b.json', [
			{ path: 'title', field: 'title', message: 'is required' },
			{ path: 'id', field: 'id', message: 'is required' }
		]);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('BankError');
		expect(error.message).toBe('b.json: -: title: is required\nb.json: -: id: is required');
	});
});

describe('parseBankJson', () => {
	it('parses valid JSON, ignoring a byte-order mark', () => {
		const result = parseBankJson(`\uFEFF${JSON.stringify(validBank())}`, 'b.json');
		expect(result.ok).toBe(true);
	});

	it('reports a trailing comma with its line and column', () => {
		const text = '{\n  "schemaVersion": 1,\n  "questions": [1, 2,]\n}';
		const result = parseBankJson(text, 'b.json');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([{ path: '', field: 'JSON', message: 'line 3, column 22: unexpected "]" after "," (remove the trailing comma)' }]);
		expect(result.error.message).toBe('b.json: -: JSON: line 3, column 22: unexpected "]" after "," (remove the trailing comma)');
	});

	it('gives a message, not a stack overflow, for JSON nested 100,000 deep, open or closed', () => {
		const depth = 100_000;
		const problem = (text: string) => {
			const result = parseBankJson(text, 'deep.json');
			return result.ok ? undefined : formatProblem('deep.json', result.problems[0]);
		};
		expect(problem('['.repeat(depth))).toBe(`deep.json: -: JSON: line 1, column ${depth + 1}: expected a value but got the end of the file`);
		expect(problem('{"a":'.repeat(depth))).toBe(`deep.json: -: JSON: line 1, column ${5 * depth + 1}: expected a value but got the end of the file`);
		const back = `${'['.repeat(depth)}${']'.repeat(depth)}`;
		const bank = JSON.stringify(validBank()).replace(/"back":"[^"]*"/, `"back":${back}`);
		expect(problem(bank)).toMatch(/^deep\.json: \S+: back: expected a string but got an array$/);
	});

	it('reports schema problems of well-formed JSON', () => {
		const result = parseBankJson(JSON.stringify({ ...validBank(), title: '' }), 'b.json');
		if (result.ok) throw new Error('expected failure');
		expect(result.problems.map((p) => formatProblem('b.json', p))).toEqual(['b.json: -: title: must not be empty']);
	});
});
