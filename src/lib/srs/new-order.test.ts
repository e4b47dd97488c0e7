import { describe, expect, it } from 'vitest';
import { compareNew, newCardRank } from './new-order';

const day = new Date(2026, 0, 14, 4).getTime();
const nextDay = new Date(2026, 0, 15, 4).getTime();
const cards = Array.from({ length: 30 }, (_, i) => ({ id: `deck/q${i}`, due: i }));
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('new-card order', () => {
	it('keeps bank order (the bank position) in bank order, whatever the input order', () => {
		const shuffled = [...cards].reverse();
		expect(ids(shuffled.sort(compareNew('bank', day)))).toEqual(ids(cards));
	});

	it('gives a random order that is not the bank order', () => {
		const random = [...cards].sort(compareNew('random', day));
		expect(ids(random)).not.toEqual(ids(cards));
		expect(new Set(ids(random))).toEqual(new Set(ids(cards)));
	});

	it('gives the same random order on the same day, from any input order (a reload does not reshuffle)', () => {
		const once = ids([...cards].sort(compareNew('random', day)));
		const again = ids([...cards].reverse().sort(compareNew('random', day)));
		expect(again).toEqual(once);
	});

	it('gives another random order the next day', () => {
		expect(ids([...cards].sort(compareNew('random', nextDay)))).not.toEqual(ids([...cards].sort(compareNew('random', day))));
	});

	it('gives each deck its own order', () => {
		const other = cards.map((c) => ({ ...c, id: c.id.replace('deck/', 'other/') }));
		const strip = (list: { id: string }[]) => list.map((c) => c.id.split('/')[1]);
		expect(strip([...other].sort(compareNew('random', day)))).not.toEqual(strip([...cards].sort(compareNew('random', day))));
	});

	it('ranks as an unsigned 32-bit number', () => {
		const rank = newCardRank('deck/q1', day);
		expect(Number.isInteger(rank)).toBe(true);
		expect(rank).toBeGreaterThanOrEqual(0);
		expect(rank).toBeLessThan(2 ** 32);
	});
});
