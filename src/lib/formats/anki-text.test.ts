import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnkiText, writeAnkiText } from './anki-text';
import { fileOf, flashcard, junkFile, expectDeckOrMessage } from './test-arbitraries';

const read = (text: string) => {
	const result = readAnkiText(fileOf('deck.txt', text));
	if (!result.ok) throw new Error(result.message);
	return result.deck;
};

describe('Anki plain text: headers', () => {
	it('reads the separator, deck, file tags and a Tags column named in #columns', () => {
		const deck = read(
			'#separator:Semicolon\n#html:false\n#tags:imported\n#deck:Lang::Spanish\n#columns:Front;Back;Tags\nhola;hello;greeting\nadiós;goodbye;\n'
		);
		expect(deck.title).toBe('Spanish');
		expect(deck.questions.map((q) => [q.prompt, q.type === 'flashcard' && q.back, q.tags])).toEqual([
			['hola', 'hello', ['imported', 'greeting']],
			['adiós', 'goodbye', ['imported']]
		]);
	});
	it('turns HTML fields into plain text only when #html:true', () => {
		expect(read('#html:true\n<b>big</b>\tsmall &amp; fine\n').questions[0]).toMatchObject({ prompt: 'big', back: 'small & fine' });
		expect(read('#html:false\n<b>big</b>\tsmall &amp; fine\n').questions[0]).toMatchObject({ prompt: '<b>big</b>', back: 'small &amp; fine' });
	});
	it('guesses a tab separator without a header, and reads quoted fields with line breaks', () => {
		expect(read('front\t"two\nlines"\n').questions[0]).toMatchObject({ prompt: 'front', back: 'two\nlines' });
	});
	it('uses the #tags column:N and #guid column:N headers', () => {
		const deck = read('#separator:Comma\n#guid column:1\n#tags column:4\nAbC123,front,back,t1 t2\n');
		expect(deck.questions[0]).toMatchObject({ id: 'abc123', prompt: 'front', tags: ['t1', 't2'] });
	});
	it('makes cloze questions, one per deletion number', () => {
		const deck = read('{{c1::Paris}} is the capital of {{c2::France}}\textra\n');
		expect(deck.questions.map((q) => q.type === 'cloze' && [q.prompt, q.answer, q.explanation])).toEqual([
			['____ is the capital of France', 'Paris', 'extra'],
			['Paris is the capital of ____', 'France', 'extra']
		]);
	});
	it('skips a row without a back and says which line', () => {
		const deck = read('#separator:tab\nfront\tback\nlonely\n');
		expect(deck.questions).toHaveLength(1);
		expect(deck.skipped).toEqual([{ where: 'line 3', reason: 'has a front but no back' }]);
	});
	it('gives distinct ids to notes with the same front', () => {
		const ids = read('same\tone\nsame\ttwo\n').questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(2);
	});
});

describe('Anki plain text: round trip', () => {
	it('reads back what it writes: fronts, backs and tags', () => {
		fc.assert(
			fc.property(fc.array(flashcard, { minLength: 1, maxLength: 8 }), (cards) => {
				const deck = read(writeAnkiText('My deck', cards));
				expect(deck.title).toBe('My deck');
				expect(deck.skipped).toEqual([]);
				expect(deck.questions.map(({ id: _id, ...rest }) => rest)).toEqual(cards.map(({ id: _id, ...rest }) => rest));
			})
		);
	});
});

describe('Anki plain text: bad input', () => {
	it('answers any text or bytes with a deck or a message, never a throw', () => {
		fc.assert(fc.property(junkFile, (bytes) => expectDeckOrMessage(readAnkiText({ name: 'junk.txt', bytes }), 'junk.txt')));
	});
	it('says a file that is not UTF-8 is not text', () => {
		expect(readAnkiText({ name: 'x.txt', bytes: new Uint8Array([0xff, 0xfe, 0xfd]) })).toEqual({
			ok: false,
			message: 'x.txt: is not UTF-8 text. Save it as UTF-8 and pick it again.'
		});
	});
});
