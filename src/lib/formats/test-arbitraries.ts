// Generators for the format tests: text as the importers keep it (tidy, plain), and questions
// of the kinds each format can carry whole.
import fc from 'fast-check';
import { BLANK, questionSchema, type Question } from '$lib/bank/schema';
import { expect } from 'vitest';
import type { ImportFile, ImportResult } from './types';

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789éßЖїاש中';
const marks = '.,;:!?\'"()~=#{}\\<>&%|/-';

/** One word: letters of several scripts with the odd punctuation a codec must escape. */
const word = fc
	.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...letters) }, { weight: 1, arbitrary: fc.constantFrom(...marks) }), {
		minLength: 1,
		maxLength: 8
	})
	.map((c) => c.join(''));

/** Tidy plain text: words separated by single spaces, starting with a letter. */
export const phrase = fc
	.tuple(fc.constantFrom(...letters), fc.array(word, { maxLength: 6 }))
	.map(([first, words]) => [first + (words[0] ?? ''), ...words.slice(1)].join(' '));

export const tag = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
export const tags = fc.uniqueArray(tag, { maxLength: 3 });

export const flashcard = fc
	.record({ prompt: phrase, back: phrase, tags })
	.map(({ prompt, back, tags }): Question => ({ id: 'x', type: 'flashcard', prompt, back, tags }));

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const explanation = fc.option(phrase, { nil: undefined });
const decimal = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);

/** Questions GIFT carries whole (every type but the flashcard, which it has not). */
export const giftQuestion: fc.Arbitrary<Question> = fc
	.oneof(
		fc.record({ type: fc.constant('true_false' as const), prompt: phrase, answer: fc.boolean() }),
		fc
			.uniqueArray(phrase, { minLength: 2, maxLength: 6, selector: (s) => s.toLowerCase() })
			.chain((choices) =>
				fc.record({ type: fc.constant('mcq' as const), prompt: phrase, choices: fc.constant(choices), answer: fc.nat({ max: choices.length - 1 }) })
			),
		fc.record({ type: fc.constant('short_answer' as const), prompt: phrase, answer: phrase }),
		fc.record({ type: fc.constant('numeric' as const), prompt: phrase, answer: decimal }),
		fc.record({ type: fc.constant('cloze' as const), prompt: fc.tuple(phrase, phrase).map(([a, b]) => `${a} ${BLANK} ${b}`), answer: phrase })
	)
	.chain((q) => fc.record({ id, tags, explanation }).map((extra) => questionSchema.parse({ ...q, ...extra })));

export function fileOf(name: string, text: string): ImportFile {
	return { name, bytes: new TextEncoder().encode(text) };
}

/** Bytes and text no one meant as a card file, and text that almost is one. */
const junkText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc
		.array(
			fc.constantFrom(
				'#separator:',
				'#html:true',
				'#columns:',
				'#tags column:9',
				'"',
				'\t',
				',',
				';',
				'\n',
				'{',
				'}',
				'=',
				'~',
				'::',
				'{{c1::',
				'}}',
				'<b>',
				'&amp;',
				'x',
				' '
			),
			{ maxLength: 60 }
		)
		.map((p) => p.join(''))
);
const junkBytes = fc.uint8Array({ maxLength: 400 });

/** The bytes of a file no one meant for this format: near-miss text, or anything at all. */
export const junkFile = fc.oneof(
	junkText.map((t) => new TextEncoder().encode(t)),
	junkBytes
);

/**
 * What every reader promises for any file: a message that starts with the file's name, or a
 * deck whose every skipped item says where it was (matching `where`) and why.
 */
export function expectDeckOrMessage(result: ImportResult, name: string, where = /./): void {
	if (!result.ok) {
		expect(result.message.startsWith(name), result.message).toBe(true);
		return;
	}
	for (const s of result.deck.skipped) {
		expect(s.where).toMatch(where);
		expect(s.reason.length).toBeGreaterThan(0);
	}
}
