// fast-check generators of valid banks, for the fuzz tests: every value they make is a bank the
// schema accepts as it is (ids of the allowed characters, trimmed non-empty text, distinct mcq
// choices, one blank per cloze), so parsing it must give it back unchanged.
import fc from 'fast-check';
import { BLANK, type Bank, type Question } from './schema';

/** Letters of several scripts, digits, punctuation and the odd control or bidi character. */
const char = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 .,;:!?-\'"()') },
	{ weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'Ж', 'ї', 'ا', 'ש', '中', '😀', '\u202e', '\u200b', '\t', '<', '>', '&', '\\') }
);

/** Text as the schema keeps it: trimmed, not empty, and never holding a cloze blank by chance. */
export const text = fc
	.array(char, { minLength: 1, maxLength: 40 })
	.map((chars) => chars.join('').trim().replaceAll('_', ''))
	.filter((s) => s.length > 0);

export const id = fc
	.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), fc.stringMatching(/^[a-z0-9._-]{0,30}$/))
	.map(([first, rest]) => first + rest);

const tags = fc.array(text, { maxLength: 3 });
const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => (n === 0 ? 0 : n));

const source = fc
	.tuple(text, fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 500 }))
	.map(([quote, start, length]) => ({ quote, start, end: start + length }));

/** Optional fields appear or not; when absent they are absent, not undefined. */
function optional<T>(key: string, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
	return fc.option(arbitrary, { nil: undefined }).map((value): Record<string, T> => (value === undefined ? {} : { [key]: value }));
}

const common = fc
	.tuple(text, tags, optional('source', source), optional('explanation', text))
	.map(([prompt, tags, source, explanation]) => ({ prompt, tags, ...source, ...explanation }));

const distinctChoices = fc.uniqueArray(text, { minLength: 2, maxLength: 6, selector: (s) => s.toLowerCase() });

/** A question without its id, for each type (Omit does not distribute over a union by itself). */
type Body = Question extends infer Q ? (Q extends Question ? Omit<Q, 'id'> : never) : never;

const bodies: fc.Arbitrary<Body>[] = [
	fc.tuple(common, distinctChoices, fc.nat()).map(([c, choices, n]): Body => ({ ...c, type: 'mcq', choices, answer: n % choices.length })),
	fc.tuple(common, fc.boolean()).map(([c, answer]): Body => ({ ...c, type: 'true_false', answer })),
	fc
		.tuple(common, text, text, optional('accept', fc.array(text, { maxLength: 3 })))
		.map(([c, before, answer, accept]): Body => ({ ...c, prompt: `${before} ${BLANK} ${c.prompt}`, type: 'cloze', answer, ...accept })),
	fc
		.tuple(common, text, optional('accept', fc.array(text, { maxLength: 3 })))
		.map(([c, answer, accept]): Body => ({ ...c, type: 'short_answer', answer, ...accept })),
	fc
		.tuple(common, number, optional('tolerance', fc.double({ min: 0, max: 100, noNaN: true })), optional('unit', text))
		.map(([c, answer, tolerance, unit]): Body => ({ ...c, type: 'numeric', answer, ...tolerance, ...unit })),
	fc.tuple(common, text).map(([c, back]): Body => ({ ...c, type: 'flashcard', back }))
];

export const question: fc.Arbitrary<Question> = fc.tuple(id, fc.oneof(...bodies)).map(([qid, body]) => ({ id: qid, ...body }) as Question);

export const bank: fc.Arbitrary<Bank> = fc
	.tuple(
		id,
		text,
		fc.constantFrom('en', 'uk', 'de-CH'),
		optional('source', fc.record({ title: text })),
		fc.uniqueArray(question, { minLength: 1, maxLength: 8, selector: (q) => q.id })
	)
	.map(([bankId, title, language, bankSource, questions]) => ({ schemaVersion: 1 as const, id: bankId, title, language, ...bankSource, questions }));
