import { describe, expect, it } from 'vitest';
import { generateBank } from '.';
import { numbersIn } from './numbers';
import { shownOf } from './quality/shown';
import { parseNumber } from '../quiz/parse-number';

// The dev article where a true statement "Paying customers, about 31,000 organisations, …" was
// kept beside the blank "about ____ organisations" keyed 31,000, and the fixtures.
const articles = import.meta.glob(['/tests/dev/articles/quillstack-outage-post-mortem.txt', '/tests/fixtures/articles/*.txt'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

describe('no kept question prints the number another kept question asks for', () => {
	it.each(Object.keys(articles))('%s', (path) => {
		const outcome = generateBank(articles[path]);
		if (!outcome.ok) throw new Error(outcome.reason);
		const questions = outcome.bank.questions;
		const printed: string[] = [];
		for (const asked of questions) {
			const key = shownOf(asked).key;
			const value = asked.type === 'numeric' ? asked.answer : /^[\d,.]+$/.test(key) ? parseNumber(key) : null;
			// Numbers from 100 up: a smaller one is printed everywhere and stands for the key only in its words.
			if (value === null || value < 100) continue;
			for (const reader of questions)
				if (reader !== asked && numbersIn(reader.prompt).some((n) => n.value === value)) printed.push(`${reader.prompt} → ${key}`);
		}
		expect(printed).toEqual([]);
	});
});
