// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BankError } from './errors';
import { parseBank } from './parse';
import { checkSources, parseSource } from './source';

const article = 'First sentence here.\n\nSecond one: 24 drones.\n';
const file = `---\ntitle: An article\nsource: "article.txt"\npublished: 2023-11-15\n---\n${article}`;

function errorOf(text: string): BankError {
	try {
		parseSource(text, 'a.md');
	} catch (e) {
		if (e instanceof BankError) return e;
		throw e;
	}
	throw new Error('expected parseSource to throw');
}

describe('parseSource splits front matter from the article', () => {
	it('returns the metadata, the body byte for byte, and where the body starts', () => {
		const source = parseSource(file);
		expect(source.meta).toEqual({ title: 'An article', source: 'article.txt', published: '2023-11-15' });
		expect(source.body).toBe(article);
		expect(file.slice(source.bodyOffset)).toBe(article);
	});

	it('accepts CRLF line ends in the front matter and leaves the body alone', () => {
		const source = parseSource(`---\r\ntitle: T\r\nsource: s\r\n---\r\nbody\r\n`);
		expect(source.meta).toEqual({ title: 'T', source: 's' });
		expect(source.body).toBe('body\r\n');
	});

	it('rejects a file without front matter', () => {
		expect(errorOf('just text').message).toBe('a.md: -: (front matter): must start with a line "---"');
	});

	it('names each missing, repeated or malformed field', () => {
		const error = errorOf('---\ntitle: A\ntitle: B\nnot a field\npublished: soon\n---\nbody');
		expect(error.message.split('\n')).toEqual([
			'a.md: -: title: is given twice (again on line 3)',
			'a.md: -: line 4: expected "key: value" but got "not a field"',
			'a.md: -: source: is required',
			'a.md: -: published: must be a date written YYYY-MM-DD'
		]);
	});

	it('reports front matter that is never closed', () => {
		expect(errorOf('---\ntitle: A\nsource: s\n').message).toBe('a.md: -: (front matter): has no closing line "---"');
	});
});

describe('checkSources compares each quote with the article', () => {
	const bankWith = (source: { quote: string; start: number; end: number }) => {
		const result = parseBank({
			schemaVersion: 1,
			id: 'b',
			title: 'B',
			language: 'en',
			questions: [{ id: 'q1', type: 'true_false', prompt: 'Yes?', answer: true, source }]
		});
		if (!result.ok) throw new Error('fixture must be valid');
		return result.bank;
	};

	it('accepts a quote equal to the article at its offsets', () => {
		expect(checkSources(bankWith({ quote: 'Second one: 24 drones.', start: 22, end: 44 }), article)).toEqual([]);
	});

	it('reports a shifted quote and where it really is', () => {
		expect(checkSources(bankWith({ quote: 'Second one: 24 drones.', start: 21, end: 43 }), article)).toEqual([
			{
				path: 'questions[0].source.quote',
				questionId: 'q1',
				field: 'source.quote',
				message: 'does not match the article at 21-43, which reads "\\nSecond one: 24 drones"; the quote is at 22-44'
			}
		]);
	});

	it('reports offsets past the end of the article', () => {
		const [problem] = checkSources(bankWith({ quote: 'Gone.', start: 40, end: 90 }), article);
		expect(problem.message).toBe('end 90 is past the end of the article (45 characters); the quote is not in the article');
	});
});
