import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv';
import { fileOf, flashcard, junkFile, expectDeckOrMessage } from './test-arbitraries';

const read = (text: string) => {
	const result = readCsv(fileOf('cards.csv', text));
	if (!result.ok) throw new Error(result.message);
	return result.deck;
};

describe('CSV', () => {
	it('reads a header that names the columns in any order', () => {
		const deck = read('tags,answer,question\n"geo; europe",Paris,Capital of France?\n');
		expect(deck.questions[0]).toMatchObject({ prompt: 'Capital of France?', back: 'Paris', tags: ['geo', 'europe'] });
	});
	it('reads front, back and tags without a header, with quotes and semicolons guessed', () => {
		const deck = read('"a; b";c;t1\n');
		expect(deck.questions[0]).toMatchObject({ prompt: 'a; b', back: 'c', tags: ['t1'] });
	});
	it('skips a row with one column and one with a broken quote, naming their lines', () => {
		const deck = read('front,back\nok,fine\nlonely\n"open,quote\n');
		expect(deck.questions).toHaveLength(1);
		expect(deck.skipped.map((s) => s.where)).toEqual(['line 3', 'line 4']);
		expect(deck.skipped[0].reason).toBe('has 1 column; needs a front and a back');
		expect(deck.skipped[1].reason).toMatch(/quoted field is never closed/);
	});
	it('reads back what it writes, tags included', () => {
		fc.assert(
			fc.property(fc.array(flashcard, { minLength: 1, maxLength: 8 }), (cards) => {
				const deck = read(writeCsv(cards));
				expect(deck.skipped).toEqual([]);
				expect(deck.questions.map(({ id: _id, ...rest }) => rest)).toEqual(cards.map(({ id: _id, ...rest }) => rest));
			})
		);
	});
	it('answers any input with a deck or a message, never a throw', () => {
		fc.assert(fc.property(junkFile, (bytes) => expectDeckOrMessage(readCsv({ name: 'c.csv', bytes }), 'c.csv')));
	});
});
