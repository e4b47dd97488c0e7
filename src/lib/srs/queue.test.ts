import { describe, expect, it } from 'vitest';
import { buildQueue, queueKind, type QueueCandidate } from './queue';
import { DEFAULT_SRS_SETTINGS, type SrsSettings } from './settings';

// 12:00 local on a day without a daylight-saving change; the study day ends tomorrow 04:00.
const now = new Date(2026, 0, 14, 12);
const t = now.getTime();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const settings: SrsSettings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false, newPerDay: 3, learnAheadMinutes: 20 };

const learning = (id: string, due: number): QueueCandidate => ({ id, due, kind: 'learning' });
const reviewing = (id: string, due: number): QueueCandidate => ({ id, due, kind: 'review' });
const fresh = (id: string, order: number): QueueCandidate => ({ id, due: t - HOUR + order, kind: 'new' });
const ids = (queue: QueueCandidate[]) => queue.map((c) => c.id);

describe('queueKind', () => {
	it('puts relearning cards in the learning queue', () => {
		expect(queueKind('new')).toBe('new');
		expect(queueKind('learning')).toBe('learning');
		expect(queueKind('relearning')).toBe('learning');
		expect(queueKind('review')).toBe('review');
	});
});

describe('buildQueue order', () => {
	it('shows due learning cards first, then the most overdue reviews, then new cards', () => {
		const queue = buildQueue(
			{
				learning: [learning('l2', t - MINUTE), learning('l1', t - 5 * MINUTE)],
				review: [reviewing('r-today', t + HOUR), reviewing('r-old', t - 48 * HOUR), reviewing('r-yesterday', t - 20 * HOUR)],
				new: [fresh('n2', 2), fresh('n1', 1)],
				newSeenToday: 0
			},
			now,
			settings
		);
		expect(ids(queue)).toEqual(['l1', 'l2', 'r-old', 'r-yesterday', 'r-today', 'n1', 'n2']);
	});

	it('breaks ties of due time by id, whatever the input order', () => {
		const a = buildQueue({ learning: [], review: [reviewing('b', t), reviewing('a', t)], new: [], newSeenToday: 0 }, now, settings);
		expect(ids(a)).toEqual(['a', 'b']);
	});
});

describe('buildQueue filters', () => {
	it('leaves out learning cards not yet due while other cards wait', () => {
		const queue = buildQueue(
			{ learning: [learning('later', t + 5 * MINUTE), learning('due', t)], review: [reviewing('r', t - HOUR)], new: [], newSeenToday: 0 },
			now,
			settings
		);
		expect(ids(queue)).toEqual(['due', 'r']);
	});

	it('includes reviews due before the day ends at 04:00 and leaves out later ones', () => {
		const dayEnd = new Date(2026, 0, 15, 4).getTime();
		const queue = buildQueue({ learning: [], review: [reviewing('before', dayEnd - 1), reviewing('at-end', dayEnd)], new: [], newSeenToday: 0 }, now, settings);
		expect(ids(queue)).toEqual(['before']);
	});

	it('limits new cards to newPerDay minus those seen today', () => {
		const input = { learning: [], review: [], new: [fresh('n4', 4), fresh('n1', 1), fresh('n3', 3), fresh('n2', 2)] };
		expect(ids(buildQueue({ ...input, newSeenToday: 0 }, now, settings))).toEqual(['n1', 'n2', 'n3']);
		expect(ids(buildQueue({ ...input, newSeenToday: 2 }, now, settings))).toEqual(['n1']);
		expect(ids(buildQueue({ ...input, newSeenToday: 3 }, now, settings))).toEqual([]);
		expect(ids(buildQueue({ ...input, newSeenToday: 9 }, now, settings))).toEqual([]);
	});
});

describe('buildQueue learn-ahead', () => {
	const soon = [learning('in-25m', t + 25 * MINUTE), learning('in-20m', t + 20 * MINUTE), learning('in-5m', t + 5 * MINUTE)];

	it('shows learning cards due within learnAheadMinutes when nothing else is left', () => {
		expect(ids(buildQueue({ learning: soon, review: [], new: [], newSeenToday: 0 }, now, settings))).toEqual(['in-5m', 'in-20m']);
	});

	it('does not learn ahead while reviews or new cards wait', () => {
		expect(ids(buildQueue({ learning: soon, review: [reviewing('r', t)], new: [], newSeenToday: 0 }, now, settings))).toEqual(['r']);
		expect(ids(buildQueue({ learning: soon, review: [], new: [fresh('n', 0)], newSeenToday: 0 }, now, settings))).toEqual(['n']);
	});

	it('learns ahead once the new-card limit is reached', () => {
		const queue = buildQueue({ learning: soon, review: [], new: [fresh('n', 0)], newSeenToday: 3 }, now, settings);
		expect(ids(queue)).toEqual(['in-5m', 'in-20m']);
	});

	it('does not learn ahead when learnAheadMinutes is 0', () => {
		expect(buildQueue({ learning: soon, review: [], new: [], newSeenToday: 0 }, now, { ...settings, learnAheadMinutes: 0 })).toEqual([]);
	});
});

describe('buildQueue limits on reviews', () => {
	const review = [reviewing('r3', t - HOUR), reviewing('r1', t - 3 * HOUR), reviewing('r2', t - 2 * HOUR)];

	it('shows at most reviewsPerDay reviews a day, the most overdue first, counting those already shown', () => {
		const limited = { ...settings, reviewsPerDay: 2 };
		expect(ids(buildQueue({ learning: [], review, new: [], newSeenToday: 0 }, now, limited))).toEqual(['r1', 'r2']);
		expect(ids(buildQueue({ learning: [], review, new: [], newSeenToday: 0, reviewsSeenToday: 1 }, now, limited))).toEqual(['r1']);
		expect(ids(buildQueue({ learning: [], review, new: [fresh('n', 1)], newSeenToday: 0, reviewsSeenToday: 5 }, now, limited))).toEqual(['n']);
	});

	it('reviews ahead the cards due in the next days when asked to', () => {
		const tomorrow = reviewing('tomorrow', t + 30 * HOUR);
		expect(ids(buildQueue({ learning: [], review: [tomorrow], new: [], newSeenToday: 0 }, now, settings))).toEqual([]);
		expect(ids(buildQueue({ learning: [], review: [tomorrow], new: [], newSeenToday: 0 }, now, { ...settings, reviewAheadDays: 1 }))).toEqual(['tomorrow']);
	});
});

describe('buildQueue new-card order', () => {
	const many = Array.from({ length: 12 }, (_, i) => fresh(`deck/q${i}`, i));
	const input = { learning: [], review: [], new: many, newSeenToday: 0 };
	const wide = { ...settings, newPerDay: 12 };

	it('introduces new cards in bank order by default', () => {
		expect(ids(buildQueue(input, now, wide))).toEqual(ids(many));
	});

	it('introduces them in the day random order when asked, the same at any hour of that study day', () => {
		const random = { ...wide, newCardOrder: 'random' as const };
		const morning = ids(buildQueue(input, now, random));
		expect(morning).not.toEqual(ids(many));
		expect(ids(buildQueue({ ...input, new: [...many].reverse() }, new Date(t + 8 * HOUR), random))).toEqual(morning);
	});
});
