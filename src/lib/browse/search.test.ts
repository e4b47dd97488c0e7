import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { answerText, fold, matchesWords, queryWords } from './search';

const mcq: Question = { id: 'q', type: 'mcq', prompt: 'Which city hosts the Élysée?', tags: [], choices: ['Lyon', 'Paris'], answer: 1 };
const card: Question = { id: 'f', type: 'flashcard', prompt: 'Front side', back: 'Back side', tags: [], explanation: 'Because of drones' };

describe('search', () => {
	it('folds case, accents and runs of space', () => {
		expect(fold('  Élysée   PALACE ')).toBe(' elysee palace ');
	});

	it('needs every word of the query, in the prompt, the answer side or the explanation', () => {
		expect(matchesWords(mcq, queryWords('elysee PARIS'))).toBe(true);
		expect(matchesWords(mcq, queryWords('lyon'))).toBe(true);
		expect(matchesWords(mcq, queryWords('elysee berlin'))).toBe(false);
		expect(matchesWords(card, queryWords('back drones'))).toBe(true);
	});

	it('lets every card through an empty query', () => {
		expect(queryWords('   ')).toEqual([]);
		expect(matchesWords(card, [])).toBe(true);
	});

	it('shows the correct choice as the answer of a multiple-choice question', () => {
		expect(answerText(mcq)).toBe('Paris');
		expect(answerText(card)).toBe('Back side');
		expect(answerText({ id: 'n', type: 'numeric', prompt: 'How many?', tags: [], answer: 75, unit: 'drones' })).toBe('75 · drones');
	});
});
