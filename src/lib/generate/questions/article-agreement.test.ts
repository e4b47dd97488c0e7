import { describe, expect, it } from 'vitest';
import { BLANK, type Question } from '../../bank/schema';
import { agreeArticle, keyedArticle, neutralArticle } from './article-agreement';
import { candidate } from './candidate';
import { replaceSpan } from './phrasing';
import type { FactRecord } from '../facts/types';
import type { Sentence } from '../sentences';

function sentence(text: string): Sentence {
	return { text, start: 0, end: text.length, heading: false } as Sentence;
}

describe('agreeArticle', () => {
	it.each([
		['The mill reported an ', '5.3 percent', 'The mill reported a '],
		['The mill reported a ', '8.2 percent', 'The mill reported an '],
		['It was a ', '18-month delay', 'It was an '],
		['An ', '11-day strike', 'An '],
		['An ', '12-day strike', 'A '],
		['She ordered an ', 'MRI', 'She ordered an '],
		['She joined a ', 'UN mission', 'She joined a '],
		['He found a ', 'honest broker', 'He found an ']
	])('%s + %s', (head, next, expected) => {
		expect(agreeArticle(head, next)).toBe(expected);
	});

	it('leaves a blank, a letter and words with no article alone', () => {
		expect(agreeArticle('It cost an ', BLANK)).toBe('It cost an ');
		expect(agreeArticle('They chose Plan A ', '8-week trial')).toBe('They chose Plan A ');
		expect(agreeArticle('It fell by ', '8 percent')).toBe('It fell by ');
	});
});

describe('replaceSpan', () => {
	it('fits the article to the number a false statement puts in', () => {
		const text = 'Haulage revenue showed an 8.2 percent fall over the quarter.';
		const start = text.indexOf('8.2');
		expect(replaceSpan(sentence(text), start, start + 3, '5.3')).toBe('Haulage revenue showed a 5.3 percent fall over the quarter.');
		expect(replaceSpan(sentence(text), start, start + 3, BLANK)).toBe(`Haulage revenue showed an ${BLANK} percent fall over the quarter.`);
	});
});

describe('neutralArticle', () => {
	const mcq = (prompt: string, choices: string[]): Question => ({ id: 'q', type: 'mcq', prompt, choices, answer: 0, tags: [] }) as Question;

	it('says a(n) when the choices take different articles', () => {
		expect(neutralArticle(mcq(`Revenue showed an ${BLANK} percent fall.`, ['8.2', '5.3', '12.9'])).prompt).toBe(`Revenue showed a(n) ${BLANK} percent fall.`);
		expect(neutralArticle(mcq(`A ${BLANK} was found.`, ['owl', 'hawk'])).prompt).toBe(`A(n) ${BLANK} was found.`);
	});

	it('keeps the article the choices all take', () => {
		expect(neutralArticle(mcq(`They moved to a ${BLANK}-day week.`, ['two', 'three', 'four'])).prompt).toBe(`They moved to a ${BLANK}-day week.`);
		expect(neutralArticle(mcq(`It took ${BLANK} days.`, ['eight', 'four'])).prompt).toBe(`It took ${BLANK} days.`);
	});
});

describe('candidate', () => {
	it('makes every choice question it wraps neutral', () => {
		const prompt = `Revenue showed an ${BLANK} percent fall.`;
		const question = { id: 'q', type: 'mcq', prompt, choices: ['8.2', '5.3'], answer: 0, tags: [] } as Question;
		const made = candidate(question, { kind: 'quantity', key: 'k', answer: '8.2' } as FactRecord, sentence('Revenue showed an 8.2 percent fall.'), 'blank');
		expect(made.question.prompt).toBe(`Revenue showed a(n) ${BLANK} percent fall.`);
	});
});

describe('keyedArticle', () => {
	it('fits the article to the key once the choices are gone', () => {
		expect(keyedArticle(`Revenue showed a(n) ${BLANK} percent fall.`, '8.2')).toBe(`Revenue showed an ${BLANK} percent fall.`);
		expect(keyedArticle(`A(n) ${BLANK} was found.`, 'hawk')).toBe(`A ${BLANK} was found.`);
		expect(keyedArticle(`It took ${BLANK} days.`, 'eight')).toBe(`It took ${BLANK} days.`);
	});
});
