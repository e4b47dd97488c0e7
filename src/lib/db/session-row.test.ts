import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from './records';
import { sessionFromRow, UNDO_DEPTH } from './session-row';

const tally = { items: 3, graded: 2, correct: 1, startedAt: 1_700_000_000_000 };
const session: SessionRecord = {
	bankId: 'deck',
	day: 1_699_990_000_000,
	tally,
	lastActiveAt: 1_700_000_100_000,
	undo: [{ reviewId: 7, cardId: 'deck:q1', tallyBefore: { ...tally, items: 2 } }]
};

describe('sessionFromRow', () => {
	it('reads a stored session as it was written', () => {
		expect(sessionFromRow(structuredClone(session))).toEqual(session);
	});

	it('drops keys the format does not know', () => {
		const read = sessionFromRow({ ...session, extra: 1, tally: { ...tally, old: true }, undo: [{ ...session.undo[0], note: 'x' }] });
		expect(read).toEqual(session);
	});

	const damaged: [string, unknown][] = [
		['nothing', undefined],
		['an array', [session]],
		['no deck', { ...session, bankId: undefined }],
		['a day that is not a number', { ...session, day: '2024-01-01' }],
		['an endless time', { ...session, lastActiveAt: Infinity }],
		['a NaN time', { ...session, lastActiveAt: NaN }],
		['a negative count', { ...session, tally: { ...tally, correct: -1 } }],
		['a fractional count', { ...session, tally: { ...tally, items: 1.5 } }],
		['no tally', { ...session, tally: null }],
		['an Undo that is not a list', { ...session, undo: {} }],
		['an Undo entry without its card', { ...session, undo: [{ reviewId: 7, tallyBefore: tally }] }],
		['an Undo entry with a fractional review id', { ...session, undo: [{ ...session.undo[0], reviewId: 7.5 }] }],
		['an Undo entry with a damaged tally', { ...session, undo: [{ ...session.undo[0], tallyBefore: { ...tally, graded: 'two' } }] }],
		['an Undo deeper than Undo goes', { ...session, undo: Array.from({ length: UNDO_DEPTH + 1 }, () => session.undo[0]) }]
	];
	for (const [what, row] of damaged) {
		it(`refuses ${what}`, () => expect(sessionFromRow(row)).toBeNull());
	}

	it('reads back every session it could have written, and never throws on anything else', () => {
		const count = fc.nat();
		const tallies = fc.record({ items: count, graded: count, correct: count, startedAt: fc.integer() });
		const sessions = fc.record({
			bankId: fc.string(),
			day: fc.integer(),
			tally: tallies,
			lastActiveAt: fc.integer(),
			undo: fc.array(fc.record({ reviewId: fc.integer(), cardId: fc.string(), tallyBefore: tallies }), { maxLength: UNDO_DEPTH })
		});
		fc.assert(
			fc.property(sessions, (s) => {
				expect(sessionFromRow(s)).toEqual(s);
			})
		);
		fc.assert(fc.property(fc.anything(), (value) => void sessionFromRow(value)));
	});
});
