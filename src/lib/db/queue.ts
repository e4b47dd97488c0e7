import { Dexie } from 'dexie';
import type { Question } from '$lib/bank/schema';
import { buildQueue, compareNew, dayStart, type QueueCandidate, type QueueKind, type SrsSettings } from '$lib/srs';
import { inQueue, newSeenToday, reviewsSeenToday } from './counts';
import type { FactdeckDatabase } from './database';
import { StudyError } from './errors';
import type { CardRecord } from './records';

export interface StudyItem {
	card: CardRecord;
	question: Question;
}

/**
 * The first cards of each queue of a deck, with their questions: enough to choose the next card
 * after any one answer without reading the database again. Read while the learner looks at a
 * card, so that answering it costs only the write.
 */
export interface QueueHeads {
	bankId: string;
	cards: CardRecord[];
	questions: Map<string, Question>;
	newSeenToday: number;
	reviewsSeenToday: number;
	/** Start of the study day the new-card count belongs to. */
	dayStart: number;
}

/**
 * Two cards per queue: after one of them is answered the other is still the true head of its
 * queue. Ranges are not bounded by time: which of them is due is decided when they are used.
 */
const DEPTH = 2;
const QUEUES: QueueKind[] = ['learning', 'review'];

/**
 * The first new cards in the deck's new-card order. In bank order they are the first of the
 * index; in the day's random order every new card's key is read (keys only) and ranked.
 */
async function newHeads(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<CardRecord[]> {
	const all = inQueue(db, bankId, 'new', Dexie.minKey, Dexie.maxKey);
	if (settings.newCardOrder === 'bank') return all.limit(DEPTH).toArray();
	const day = dayStart(now, settings.dayStartHour).getTime();
	const ranked = (await all.primaryKeys()).map((id) => ({ id, due: 0 })).sort(compareNew('random', day));
	const cards = await db.cards.bulkGet(ranked.slice(0, DEPTH).map((c) => c.id));
	return cards.filter((c) => c !== undefined);
}

export async function readQueueHeads(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<QueueHeads> {
	return db.transaction('r', db.cards, db.questions, db.reviews, async () => {
		const [seen, reviewsSeen, ...queues] = await Promise.all([
			newSeenToday(db, bankId, now, settings),
			reviewsSeenToday(db, bankId, now, settings),
			...QUEUES.map((q) => inQueue(db, bankId, q, Dexie.minKey, Dexie.maxKey).limit(DEPTH).toArray()),
			newHeads(db, bankId, now, settings)
		]);
		const cards = queues.flat();
		const rows = await db.questions.bulkGet(cards.map((c) => [c.bankId, c.questionId] as [string, string]));
		const questions = new Map<string, Question>();
		cards.forEach((card, i) => {
			const row = rows[i];
			if (!row) throw new StudyError(`The question of card ${card.id} is missing from the database.`);
			questions.set(card.id, row.question);
		});
		return { bankId, cards, questions, newSeenToday: seen, reviewsSeenToday: reviewsSeen, dayStart: dayStart(now, settings.dayStartHour).getTime() };
	});
}

/** Whether heads read earlier still count today's new cards right at `now`. */
export function headsAreFor(heads: QueueHeads, now: Date, settings: SrsSettings): boolean {
	return heads.dayStart === dayStart(now, settings.dayStartHour).getTime();
}

/** A card just answered: the item as it was shown, and the card as the answer left it. */
export interface Answered {
	item: StudyItem;
	after: CardRecord;
}

/**
 * The next card to study at `now`, chosen from heads read before `answered` was answered (the
 * answered card takes its new state; a new card answered counts against today's limit). The
 * order is the srs module's `buildQueue` rule.
 */
export function nextFromHeads(heads: QueueHeads, answered: Answered | null, now: Date, settings: SrsSettings): StudyItem | null {
	const cards = heads.cards.filter((c) => c.id !== answered?.after.id);
	if (answered && answered.after.queue !== 'retired') cards.push(answered.after);
	const byKind = (kind: QueueKind): QueueCandidate[] => cards.filter((c) => c.queue === kind).map((c) => ({ id: c.id, due: c.due, kind }));
	const seen = heads.newSeenToday + (answered?.item.card.srs.phase === 'new' ? 1 : 0);
	const reviewsSeen = heads.reviewsSeenToday + (answered?.item.card.srs.phase === 'review' ? 1 : 0);
	const [first] = buildQueue(
		{ learning: byKind('learning'), review: byKind('review'), new: byKind('new'), newSeenToday: seen, reviewsSeenToday: reviewsSeen },
		now,
		settings
	);
	const card = first && cards.find((c) => c.id === first.id);
	if (!card) return null;
	const question = card.id === answered?.after.id ? answered.item.question : heads.questions.get(card.id);
	if (!question) throw new StudyError(`The question of card ${card.id} was not read with its card.`);
	return { card, question };
}
