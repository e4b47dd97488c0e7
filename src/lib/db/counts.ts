import { Dexie } from 'dexie';
import { dayEnd, dayStart, reviewHorizon } from '$lib/srs/day';
import type { SrsSettings } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';
import type { CardQueue } from './records';

// This file is on Home's first load: it imports the day arithmetic directly, not the srs index,
// so the scheduler (ts-fsrs) is not loaded until a deck is studied.

export interface DeckCounts {
	/**
	 * Learning and relearning cards due now or within the learn-ahead minutes: a session shows
	 * those before it ends, so they are still left (Anki counts them the same way).
	 */
	learning: number;
	/** Review cards due before the day rolls over. */
	review: number;
	/** New cards that today's limit still lets in. */
	new: number;
}

type Bound = number | typeof Dexie.minKey | typeof Dexie.maxKey;

/** Cards of one deck and queue with `due` in [from, to], read through `[bankId+queue+due]`. */
export function inQueue(db: FactdeckDatabase, bankId: string, queue: CardQueue, from: Bound, to: Bound) {
	return db.cards.where('[bankId+queue+due]').between([bankId, queue, from], [bankId, queue, to], true, true);
}

/**
 * New cards first shown in the study day that holds `now`, up to the daily limit: they count
 * against it, and no more than the limit is ever needed (a count past it lets in nothing either).
 * A range of the `[bankId+phaseBefore+reviewedAt]` index bounded by the day's start and end and
 * read no further than the limit, so neither the rest of today's answers, nor rows dated after
 * today (a clock once set ahead), nor a day of answers past the limit are read.
 */
export function newSeenToday(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<number> {
	return seenToday(db, bankId, 'new', now, settings, settings.newPerDay);
}

/** Review cards answered in the study day that holds `now`, up to the daily review limit they count against. */
export function reviewsSeenToday(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<number> {
	return seenToday(db, bankId, 'review', now, settings, settings.reviewsPerDay);
}

async function seenToday(db: FactdeckDatabase, bankId: string, phase: 'new' | 'review', now: Date, settings: SrsSettings, limit: number): Promise<number> {
	if (limit === 0) return 0;
	const start = dayStart(now, settings.dayStartHour).getTime();
	const end = dayEnd(now, settings.dayStartHour).getTime();
	// Keys, not count(): IndexedDB counts a range by walking all of it, while keys stop at the limit.
	const rows = db.reviews.where('[bankId+phaseBefore+reviewedAt]').between([bankId, phase, start], [bankId, phase, end], true, false);
	return (await rows.limit(limit).primaryKeys()).length;
}

/**
 * What a deck has to study now, in one round trip to the database. Each figure is an index range
 * whose length is what is due, not the size of the deck: review and new cards are read only up
 * to the daily limits (what was answered today is taken off afterwards, so no read waits for
 * another), and learning cards are few by nature.
 */
export function deckCounts(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<DeckCounts> {
	const t = now.getTime();
	const upTo = (queue: CardQueue, to: number | typeof Dexie.maxKey, limit: number) =>
		limit === 0
			? Promise.resolve(0)
			: inQueue(db, bankId, queue, Dexie.minKey, to)
					.limit(limit)
					.primaryKeys()
					.then((keys) => keys.length);
	return db.transaction('r', db.cards, db.reviews, async () => {
		const [learning, seen, reviewsSeen, review, fresh] = await Promise.all([
			inQueue(db, bankId, 'learning', Dexie.minKey, t + settings.learnAheadMinutes * 60_000).count(),
			newSeenToday(db, bankId, now, settings),
			reviewsSeenToday(db, bankId, now, settings),
			upTo('review', reviewHorizon(now, settings) - 1, settings.reviewsPerDay),
			upTo('new', Dexie.maxKey, settings.newPerDay)
		]);
		return {
			learning,
			review: Math.min(review, Math.max(0, settings.reviewsPerDay - reviewsSeen)),
			new: Math.min(fresh, Math.max(0, settings.newPerDay - seen))
		};
	});
}

/**
 * When the next card of a deck that has none left today comes due: its earliest learning or
 * review card, or the next study day when only new cards wait (for the daily limit). Null for
 * a deck with nothing left to study at all.
 */
export async function nextDue(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<number | null> {
	return db.transaction('r', db.cards, async () => {
		const [learning, review, fresh] = await Promise.all([
			inQueue(db, bankId, 'learning', Dexie.minKey, Dexie.maxKey).first(),
			inQueue(db, bankId, 'review', Dexie.minKey, Dexie.maxKey).first(),
			inQueue(db, bankId, 'new', Dexie.minKey, Dexie.maxKey).first()
		]);
		const dues = [learning?.due, review?.due, fresh ? dayEnd(now, settings.dayStartHour).getTime() : undefined].filter((d) => d !== undefined);
		return dues.length === 0 ? null : Math.min(...dues);
	});
}
