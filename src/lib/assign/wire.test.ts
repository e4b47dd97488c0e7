import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { fromWire, contentHash, maskToPositions, originsOf, positionsToMask, toWire, type BuiltInBank } from './wire';
import { settingsSchema } from './schema';
import { assignable, mcq, seedBank } from './test-fixtures';

const meta = {
	id: 'assign01',
	title: 'Check-up',
	instructions: 'Work alone.',
	teacherName: 'Ms Rivera',
	settings: settingsSchema.parse({ due: 1_773_072_000_000, attempts: 2, shuffleChoices: true, feedback: 'none', passMark: 70, timeLimit: 15 })
};

describe('positions as a bit set', () => {
	it('round-trip in increasing order', () => {
		expect(maskToPositions(positionsToMask([39, 0, 8, 7]))).toEqual([0, 7, 8, 39]);
		expect(positionsToMask([0, 1, 2])).toBe('Bw');
	});
});

describe('the wire form', () => {
	it('references built-in questions by position and carries the others whole', async () => {
		const bank = await seedBank();
		const builtIns = new Map([[bank.id, bank]]);
		const own = mcq('own-1', ['red', 'blue'], 1, 'Which colour?');
		const picked = [
			{ question: own },
			...[5, 2].map((position) => ({ question: bank.questions[position] as never, origin: { bankId: bank.id, position } }))
		].filter((p) => assignable(p.question as Question));
		const wire = toWire(meta, picked, builtIns);
		expect(wire.r).toEqual([[bank.id, bank.hash, positionsToMask([2, 5])]]);
		expect(wire.q.map((q) => q.id)).toEqual(['own-1']);

		const assignment = fromWire(wire, builtIns);
		expect(assignment.questions.map((q) => q.id)).toEqual([bank.questions[2].id, bank.questions[5].id, 'own-1']);
		expect(assignment.settings).toEqual(meta.settings);
		expect(assignment.questions[0]).not.toHaveProperty('source');

		// The same content gives the same hash whether it travelled by reference or whole.
		const whole = fromWire(toWire(meta, picked, builtIns, true), new Map());
		expect(await contentHash(whole)).toBe(await contentHash(assignment));
	});

	it('says so when the student’s app lacks the bank, or has another version of it', async () => {
		const bank = await seedBank();
		const wire = toWire(meta, [{ question: bank.questions[0] as never, origin: { bankId: bank.id, position: 0 } }], new Map([[bank.id, bank]]));
		expect(() => fromWire(wire, new Map())).toThrow(expect.objectContaining({ code: 'missing-bank' }));
		const changed: BuiltInBank = { ...bank, hash: 'zzzzzzzz' };
		expect(() => fromWire(wire, new Map([[bank.id, changed]]))).toThrow(/another version of the deck/);
	});

	it('gives a different content hash when anything changes', async () => {
		const a = fromWire(toWire(meta, [{ question: mcq('q', ['a', 'b'], 0) }], new Map()), new Map());
		const b = { ...a, settings: { ...a.settings, passMark: 71 } };
		expect(await contentHash(a)).not.toBe(await contentHash(b));
	});
});

describe('the origins of an assignment’s questions', () => {
	it('name the built-in card of each reference, and nothing for whole questions', async () => {
		const bank = await seedBank();
		const builtIns = new Map([[bank.id, bank]]);
		const wire = toWire(
			meta,
			[{ question: mcq('own', ['a', 'b'], 0) }, { question: bank.questions[0] as never, origin: { bankId: bank.id, position: 0 } }],
			builtIns
		);
		expect(originsOf(wire, builtIns)).toEqual([{ bankId: bank.id, questionId: bank.questions[0].id }, null]);
	});
});
