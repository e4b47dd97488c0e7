import { retrievability } from '$lib/srs/retrievability';
import type { StatsCard } from './types';

/** One bar of a histogram: values in [from, to). */
export interface Bucket {
	label: string;
	from: number;
	to: number;
	count: number;
}

export interface Distributions {
	/** Days between the last answer and the due date of cards in review. */
	interval: Bucket[];
	/** FSRS stability (days until recall falls to 90%) of every card that has been answered. */
	stability: Bucket[];
	/** FSRS difficulty, 1 (easy) to 10 (hard). */
	difficulty: Bucket[];
	/** Chance of recall now, by the FSRS forgetting curve. */
	retrievability: Bucket[];
}

const DAY_EDGES = [0, 1, 2, 4, 8, 15, 31, 91, 181, 366, Infinity];
const DIFFICULTY_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, Infinity];
const PERCENT_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Infinity];

function dayLabel(from: number, to: number): string {
	if (to === Infinity) return `${from}+ d`;
	return to - from === 1 ? `${from} d` : `${from}–${to - 1} d`;
}

function buckets(edges: number[], label: (from: number, to: number) => string): Bucket[] {
	return edges.slice(0, -1).map((from, i) => ({ label: label(from, edges[i + 1]), from, to: edges[i + 1], count: 0 }));
}

/** Adds `value` to the bucket that holds it; values below the first edge go to the first. */
function add(into: Bucket[], value: number): void {
	let i = into.length - 1;
	while (i > 0 && value < into[i].from) i--;
	into[i].count++;
}

/**
 * Histograms of the memory state of the cards that have been answered (retired cards left out).
 * Intervals and stability are rounded down to whole days before bucketing.
 */
export function distributions(cards: Iterable<StatsCard>, now: number): Distributions {
	const out: Distributions = {
		interval: buckets(DAY_EDGES, dayLabel),
		stability: buckets(DAY_EDGES, dayLabel),
		difficulty: buckets(DIFFICULTY_EDGES, (from, to) => (to === Infinity ? `${from}–10` : `${from}–${to}`)),
		retrievability: buckets(PERCENT_EDGES, (from, to) => `${Math.round(from * 100)}–${to === Infinity ? 100 : Math.round(to * 100)}%`)
	};
	for (const card of cards) {
		const { srs } = card;
		if (card.queue === 'retired' || srs.phase === 'new') continue;
		if (srs.phase === 'review') add(out.interval, Math.floor(srs.scheduledDays));
		add(out.stability, Math.floor(srs.stability));
		add(out.difficulty, srs.difficulty);
		add(out.retrievability, retrievability(srs, now));
	}
	return out;
}
