import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { QuizError } from './errors';
import { expectedAnswer, grade, ratingFor, type QuizResponse } from './grade';

const base = { tags: [] };
const text = (value: string): QuizResponse => ({ kind: 'text', value });

function shortAnswer(answer: string, accept?: string[]): Question {
	return { ...base, id: 'q-short', type: 'short_answer', prompt: 'Where?', answer, accept };
}
const cloze: Question = {
	...base,
	id: 'q-cloze',
	type: 'cloze',
	prompt: 'Drones were launched from ____.',
	answer: 'Primorsko-Akhtarsk',
	accept: ['Primorsko Akhtarsk']
};
const mcq: Question = { ...base, id: 'q-mcq', type: 'mcq', prompt: 'Which city?', choices: ['Kyiv', 'Odesa', 'Lviv'], answer: 1 };
const trueFalse: Question = { ...base, id: 'q-tf', type: 'true_false', prompt: 'Kyiv is the capital.', answer: true };
const numeric: Question = { ...base, id: 'q-num', type: 'numeric', prompt: 'How far?', answer: 620, tolerance: 10, unit: 'miles' };
const flashcard: Question = { ...base, id: 'q-card', type: 'flashcard', prompt: 'Shahed', back: 'An Iranian-designed drone' };

const verdict = (question: Question, value: string) => {
	const { correct, exact } = grade(question, text(value));
	return { correct, exact };
};
const EXACT = { correct: true, exact: true };
const CLOSE = { correct: true, exact: false };
const WRONG = { correct: false, exact: false };

describe('typed answers: what is ignored', () => {
	it.each(['Moscow', 'moscow', 'MOSCOW', '  Moscow ', 'Moscow.', '"Moscow"', 'the Moscow'])('%j is exactly "Moscow"', (value) => {
		expect(verdict(shortAnswer('Moscow'), value)).toEqual(EXACT);
	});

	it('ignores diacritics on either side', () => {
		expect(verdict(shortAnswer('Kyïv'), 'kyiv')).toEqual(EXACT);
		expect(verdict(shortAnswer('Kyiv'), 'Kyïv')).toEqual(EXACT);
	});

	it('ignores hyphens against spaces and case in a cloze', () => {
		expect(verdict(cloze, 'primorsko akhtarsk')).toEqual(EXACT);
		expect(grade(cloze, text('primorsko-akhtarsk')).expected).toBe('Primorsko-Akhtarsk');
	});
});

describe('typed answers: typos', () => {
	it('accepts "zelensky" for "Zelenskyy" as a typo', () => {
		expect(verdict(shortAnswer('Zelenskyy'), 'zelensky')).toEqual(CLOSE);
	});

	it('forgives no typo in an answer under five letters', () => {
		expect(verdict(shortAnswer('Kyiv'), 'Kyiw')).toEqual(WRONG);
		expect(verdict(shortAnswer('Iran'), 'Iraq')).toEqual(WRONG);
	});

	it('forgives one typo from five letters and two from ten', () => {
		expect(verdict(shortAnswer('Paris'), 'Parsi')).toEqual(CLOSE);
		expect(verdict(shortAnswer('Paris'), 'Prais x')).toEqual(WRONG);
		expect(verdict(shortAnswer('Chernihivs'), 'Chernigivz')).toEqual(CLOSE);
		expect(verdict(shortAnswer('Chernihivs'), 'Chernigvz')).toEqual(WRONG);
	});

	it('counts a transposition as one typo', () => {
		expect(verdict(shortAnswer('Odesa Oblast'), 'Odesa Olbats')).toEqual(CLOSE);
		expect(verdict(shortAnswer('Moscow'), 'Mocsow')).toEqual(CLOSE);
	});

	it('compares whole answers, never parts of them', () => {
		expect(verdict(shortAnswer('Moscow'), 'Moscowx y z')).toEqual(WRONG);
		expect(verdict(shortAnswer('Moscow'), 'Moscow Russia')).toEqual(WRONG);
		expect(verdict(shortAnswer('Moscow Oblast'), 'Moscow')).toEqual(WRONG);
		expect(verdict(shortAnswer('Moscow'), 'Mosc')).toEqual(WRONG);
	});

	it('forgives no typo in a number', () => {
		expect(verdict(shortAnswer('Resolution 2334'), 'Resolution 2335')).toEqual(WRONG);
		expect(verdict(shortAnswer('Resolution 2334'), 'Resolutoin 2334')).toEqual(CLOSE);
	});

	it('never accepts an empty answer', () => {
		expect(verdict(shortAnswer('Moscow'), '')).toEqual(WRONG);
		expect(verdict(shortAnswer('Moscow'), '   ')).toEqual(WRONG);
		expect(verdict(shortAnswer('Moscow'), '?!')).toEqual(WRONG);
	});
});

describe('typed answers: alternatives and numbers', () => {
	it('accepts any entry of the accept list, typos included', () => {
		const q = shortAnswer('Kyiv', ['Kiev', 'Kyiv city']);
		expect(verdict(q, 'kiev')).toEqual(EXACT);
		expect(verdict(q, 'Kyiv citty')).toEqual(CLOSE);
		expect(verdict(q, 'Kiew')).toEqual(WRONG);
		expect(grade(q, text('kiev')).expected).toBe('Kyiv');
	});

	it('accepts digits for a number word and the other way round', () => {
		expect(verdict(shortAnswer('Seventeen'), '17')).toEqual(EXACT);
		expect(verdict(shortAnswer('17'), 'seventeen')).toEqual(EXACT);
		expect(verdict(shortAnswer('twenty-four'), '24')).toEqual(EXACT);
		expect(verdict(shortAnswer('seventeen drones'), '17 drones')).toEqual(EXACT);
	});

	it('does not take a number for a different one or with other words', () => {
		expect(verdict(shortAnswer('Seventeen'), '18')).toEqual(WRONG);
		expect(verdict(shortAnswer('seventeen drones'), '17')).toEqual(WRONG);
		expect(verdict(shortAnswer('Seventeen'), '17 missiles')).toEqual(WRONG);
	});
});

describe('numeric answers', () => {
	it.each([
		['620', EXACT],
		['620 miles', EXACT],
		['about six hundred and twenty', EXACT],
		['630', CLOSE],
		['610', CLOSE],
		['630.01', WRONG],
		['609.99', WRONG],
		['', WRONG],
		['far', WRONG]
	])('%j against 620 ± 10', (value, result) => {
		expect(verdict(numeric, value)).toEqual(result);
	});

	it('wants the exact number when there is no tolerance', () => {
		const exact: Question = { ...base, id: 'q-exact', type: 'numeric', prompt: 'How many?', answer: 1200 };
		expect(verdict(exact, '1,200')).toEqual(EXACT);
		expect(verdict(exact, '1.2 thousand')).toEqual(EXACT);
		expect(verdict(exact, '1201')).toEqual(WRONG);
	});

	it('compares decimals without float noise', () => {
		const q: Question = { ...base, id: 'q-dec', type: 'numeric', prompt: 'How much?', answer: 0.3, tolerance: 0.1 };
		expect(verdict(q, '0.4')).toEqual(CLOSE);
		expect(verdict(q, '0.2')).toEqual(CLOSE);
	});

	it('shows the answer with its unit', () => {
		expect(grade(numeric, text('1')).expected).toBe('620 miles');
	});
});

describe('choices', () => {
	it('grades an mcq by index and shows the choice text', () => {
		expect(grade(mcq, { kind: 'choice', index: 1 })).toEqual({ correct: true, expected: 'Odesa', exact: true });
		expect(grade(mcq, { kind: 'choice', index: 0 })).toEqual({ correct: false, expected: 'Odesa', exact: false });
	});

	it('grades true/false and shows "True" or "False"', () => {
		expect(grade(trueFalse, { kind: 'boolean', value: true })).toEqual({ correct: true, expected: 'True', exact: true });
		expect(grade({ ...trueFalse, answer: false }, { kind: 'boolean', value: true })).toEqual({ correct: false, expected: 'False', exact: false });
	});
});

describe('responses that do not fit', () => {
	it.each<[string, Question, QuizResponse]>([
		['text to an mcq', mcq, text('Odesa')],
		['a choice out of range', mcq, { kind: 'choice', index: 3 }],
		['a boolean to an mcq', mcq, { kind: 'boolean', value: true }],
		['text to true/false', trueFalse, text('true')],
		['a choice to a short answer', shortAnswer('Kyiv'), { kind: 'choice', index: 0 }],
		['a boolean to a numeric', numeric, { kind: 'boolean', value: false }],
		['anything to a flashcard', flashcard, text('drone')]
	])('throws QuizError for %s', (_, question, response) => {
		expect(() => grade(question, response)).toThrow(QuizError);
	});

	it('says why in the error code', () => {
		expect(() => grade(flashcard, text('x'))).toThrow(expect.objectContaining({ code: 'not-graded' }));
		expect(() => grade(mcq, text('x'))).toThrow(expect.objectContaining({ code: 'response-mismatch' }));
	});
});

describe('expectedAnswer', () => {
	it('gives every type its display text', () => {
		expect(expectedAnswer(flashcard)).toBe('An Iranian-designed drone');
		expect(expectedAnswer({ ...numeric, unit: undefined, answer: 1_500_000 })).toBe('1,500,000');
		expect(expectedAnswer({ ...numeric, unit: undefined, answer: 2023 })).toBe('2023');
		expect(expectedAnswer({ ...numeric, answer: 3.5, unit: 'km' })).toBe('3.5 km');
	});
});

describe('ratingFor', () => {
	it.each([
		[false, 'hard', 1],
		[false, 'good', 1],
		[false, 'easy', 1],
		[true, 'hard', 2],
		[true, 'good', 3],
		[true, 'easy', 4]
	] as const)('correct=%s feeling %s rates %i', (correct, feel, rating) => {
		expect(ratingFor(correct, feel)).toBe(rating);
	});
});
