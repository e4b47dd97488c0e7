import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQuizlet, writeQuizlet, type QuizletSeparator } from './quizlet';
import { fileOf, flashcard, junkFile, expectDeckOrMessage } from './test-arbitraries';

const read = (text: string, separator?: QuizletSeparator) => {
	const result = readQuizlet(fileOf('Spanish verbs.txt', text), separator);
	if (!result.ok) throw new Error(result.message);
	return result.deck;
};

describe('Quizlet text', () => {
	it('reads one card a line, term and definition split at the first tab', () => {
		const deck = read('ser\tto be\r\n\nir\tto go\tor leave\n');
		expect(deck.title).toBe('Spanish verbs');
		expect(deck.questions.map((q) => q.type === 'flashcard' && [q.prompt, q.back])).toEqual([
			['ser', 'to be'],
			['ir', 'to go or leave']
		]);
	});
	it('takes a custom separator', () => {
		expect(read('ser - to be\n', { kind: 'custom', text: ' - ' }).questions[0]).toMatchObject({ prompt: 'ser', back: 'to be' });
	});
	it('skips a line without the separator, naming the line and the separator', () => {
		const deck = read('ser,to be\nnothing here\n', { kind: 'comma' });
		expect(deck.skipped).toEqual([{ where: 'line 2', reason: 'has no comma between term and definition' }]);
	});
	it('refuses an empty custom separator', () => {
		expect(readQuizlet(fileOf('a.txt', 'x'), { kind: 'custom', text: '' }).ok).toBe(false);
	});
	it('reads back what it writes', () => {
		fc.assert(
			fc.property(fc.array(flashcard, { minLength: 1, maxLength: 8 }), (cards) => {
				const deck = read(writeQuizlet(cards));
				expect(deck.questions.map((q) => q.type === 'flashcard' && [q.prompt, q.back])).toEqual(cards.map((c) => c.type === 'flashcard' && [c.prompt, c.back]));
			})
		);
	});
	it('answers any input with a deck or a message, never a throw', () => {
		fc.assert(
			fc.property(junkFile, fc.string({ maxLength: 3 }), (bytes, sep) =>
				expectDeckOrMessage(readQuizlet({ name: 'q.txt', bytes }, { kind: 'custom', text: sep }), 'q.txt', /^line \d+/)
			)
		);
	});
});
