import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import type { FactRecord } from './facts/types';
import type { Candidate } from './questions';
import { showsKey } from './shown-keys';

// A blank on `sentence` keyed `key` (its first occurrence), as the article's own question.
function blank(sentence: string, key: string, type: 'cloze' | 'numeric' = 'cloze'): Candidate {
	const at = sentence.indexOf(key);
	const prompt = sentence.slice(0, at) + '____' + sentence.slice(at + key.length);
	const source = { quote: sentence, start: 0, end: sentence.length };
	const question: Question =
		type === 'numeric'
			? { id: 'b', type, prompt, answer: Number(key.replace(/[^\d.]/g, '')), tags: [], source }
			: { id: 'b', type, prompt, answer: key, tags: [], source };
	const fact = { kind: 'quantity', answer: key, answerStart: at, answerEnd: at + key.length } as unknown as FactRecord;
	return {
		question,
		fact,
		sentence: { index: 0, start: 0, end: sentence.length, text: sentence, heading: false, paragraph: 0 },
		form: 'blank',
		dedupe: 'b',
		facet: 'event'
	};
}

// What another question of the bank prints: a true/false statement, an mcq stem or a card's front.
function reader(prompt: string, type: 'true_false' | 'mcq' | 'flashcard' = 'true_false'): Candidate {
	const source = { quote: prompt, start: 0, end: prompt.length };
	const question: Question =
		type === 'true_false'
			? { id: 'r', type, prompt, answer: true, tags: [], source }
			: type === 'mcq'
				? { id: 'r', type, prompt, choices: ['a', 'b', 'c', 'd'], answer: 0, tags: [], source }
				: { id: 'r', type, prompt, back: 'something else', tags: [], source };
	return { ...blank('x', 'x'), question, form: type === 'flashcard' ? 'card' : 'statement' };
}

const title = 'A headline about Harrow Bay';

describe('a prompt that prints another question’s key', () => {
	it.each([
		// The statement is the blank's own sentence, the number written the same way or another.
		['About 48,500 pupils sat the test in June.', '48,500', 'About 48 500 pupils sat the test in June.', 'numeric'],
		['The ferry carried 1.2 million passengers last year.', '1.2 million', 'Last year the ferry carried 1,200,000 passengers.', 'cloze'],
		['Only nine of the 40 wells were still dry by spring.', 'nine', 'By spring, only nine of the 40 wells were still dry, the survey said.', 'cloze'],
		// A name, with a word the article puts beside it.
		[
			'In Lowmoor Parish, burglaries doubled over the winter.',
			'Lowmoor Parish',
			'Where did burglaries double over the winter, according to police in Lowmoor Parish?',
			'cloze'
		],
		['The choir was founded by Ruth Abara in a church hall.', 'Ruth Abara', 'The hall that a choir founded by Ruth Abara used is now a library.', 'cloze'],
		['She signed a three-year contract with the club.', 'three', 'Her new deal is a three-year contract with the club.', 'cloze'],
		['Talks in Geneva ended on Friday without a deal.', 'Geneva', 'Talks in Geneva ended on ____ without a deal.', 'cloze']
	])('%s (keyed %s) is answered by: %s', (sentence, key, prompt, type) => {
		expect(showsKey(reader(prompt), blank(sentence, key, type as 'cloze' | 'numeric'), title)).toBe(true);
	});

	it.each([
		// A small number counting something else is no give-away.
		['Only nine of the 40 wells were still dry by spring.', 'nine', 'The survey ran for nine weeks.'],
		['She signed a three-year contract with the club.', 'three', 'She scored three goals in the cup.'],
		// The same small count in other words around it: "on six days" is not "for six days".
		['The strike lasted for six days in March.', 'six', 'Rain fell on six days in April.'],
		// A name alone, as a card's front, does not say what the blank asks about it.
		['The choir was founded by Ruth Abara in a church hall.', 'Ruth Abara', 'Ruth Abara'],
		// What the headline names every prompt may print.
		['Harrow Bay won the league on goal difference.', 'Harrow Bay', 'Harrow Bay won their last game by two goals.'],
		// A statement has no key to give away, and a different number is not the key.
		['About 48,500 pupils sat the test in June.', '48,500', 'About 45,800 pupils sat the test in June.']
	])('%s (keyed %s) is not answered by: %s', (sentence, key, prompt) => {
		expect(showsKey(reader(prompt, 'flashcard'), blank(sentence, key), title)).toBe(false);
	});

	it('a statement has no key to print', () => {
		expect(showsKey(blank('About 48,500 pupils sat the test in June.', '48,500'), reader('About 48,500 pupils sat the test in June.'), title)).toBe(false);
	});
});
