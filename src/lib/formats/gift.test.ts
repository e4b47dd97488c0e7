import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import { fileOf, giftQuestion, junkFile, expectDeckOrMessage } from './test-arbitraries';

const read = (text: string) => {
	const result = readGift(fileOf('quiz.gift', text));
	if (!result.ok) throw new Error(result.message);
	return result.deck;
};

describe('Moodle GIFT', () => {
	it('reads each kind of question Factdeck has', () => {
		const deck = read(
			[
				'::mc:: Largest planet? {=Jupiter ~Mars ~Venus}',
				'::tf:: The sun is a star. {T}',
				'::short:: Who wrote Hamlet? {=Shakespeare =William Shakespeare}',
				'::num:: Boiling point of water in °C? {#100:1}',
				'::range:: A year of the 1990s? {#1990..1999}',
				'::gap:: The {=sun} is a star.'
			].join('\n\n')
		);
		expect(deck.skipped).toEqual([]);
		expect(deck.questions).toEqual([
			{ id: 'mc', type: 'mcq', prompt: 'Largest planet?', choices: ['Jupiter', 'Mars', 'Venus'], answer: 0, tags: [] },
			{ id: 'tf', type: 'true_false', prompt: 'The sun is a star.', answer: true, tags: [] },
			{ id: 'short', type: 'short_answer', prompt: 'Who wrote Hamlet?', answer: 'Shakespeare', accept: ['William Shakespeare'], tags: [] },
			{ id: 'num', type: 'numeric', prompt: 'Boiling point of water in °C?', answer: 100, tolerance: 1, tags: [] },
			{ id: 'range', type: 'numeric', prompt: 'A year of the 1990s?', answer: 1994.5, tolerance: 4.5, tags: [] },
			{ id: 'gap', type: 'cloze', prompt: 'The ____ is a star.', answer: 'sun', tags: [] }
		]);
	});
	it('skips what Factdeck cannot ask, saying why and where, and keeps the rest', () => {
		const deck = read('::e:: Tell me. {}\n\n::m:: Match {=a -> 1 =b -> 2}\n\n::broken {=x\n\n::ok:: Fine? {T}');
		expect(deck.questions.map((q) => q.id)).toEqual(['ok']);
		expect(deck.skipped.map((s) => s.where)).toEqual(['line 1', 'line 3', 'line 5']);
		expect(deck.skipped[0].reason).toMatch(/essay/);
		expect(deck.skipped[2].reason).toMatch(/^is not valid GIFT/);
	});
	it('tags questions with their category and turns HTML to text', () => {
		const deck = read('$CATEGORY: $course$/Astronomy\n\n::q:: [html]<b>Sun</b> &amp; moon? {T}');
		expect(deck.questions[0]).toMatchObject({ prompt: 'Sun & moon?', tags: ['Astronomy'] });
	});
	it('reads back what it writes, every field', () => {
		fc.assert(
			fc.property(fc.uniqueArray(giftQuestion, { minLength: 1, maxLength: 6, selector: (q) => q.id }), (questions) => {
				const deck = read(writeGift(questions));
				expect(deck.skipped).toEqual([]);
				expect(deck.questions).toEqual(questions);
			})
		);
	});
	it('answers any input with a deck or a message, never a throw', () => {
		fc.assert(fc.property(junkFile, (bytes) => expectDeckOrMessage(readGift({ name: 'g.gift', bytes }), 'g.gift', /^line \d+/)));
	});
});
