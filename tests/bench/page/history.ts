// A review history for each card of a bench deck, made by the app's own scheduler (ts-fsrs via
// $lib/srs): every row is an answer the app could have recorded, and the card's state is the one
// those answers lead to. Only the moment of the history is chosen, by shifting all its times.
import type { CardRecord, ReviewRecord } from '$lib/db';
import { queueKind, review, type Rating, type SrsCard, type SrsSettings } from '$lib/srs';
import { answerOf } from './deck';

/** What a card should be when the benchmark starts. */
export type Fate = 'due-learning' | 'due-review' | 'later';

const MINUTE = 60_000;
const DAY = 86_400_000;
// Histories start here and are then moved to end around `now`.
const EPOCH = Date.UTC(2020, 0, 1);

function pickRating(rand: () => number): Rating {
	const r = rand();
	return r < 0.08 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
}

function shiftCard(card: SrsCard, by: number): SrsCard {
	return { ...card, due: card.due + by, lastReview: card.lastReview === null ? null : card.lastReview + by };
}

interface Simulated {
	srs: SrsCard;
	rows: ReviewRecord[];
}

/** `count` answers, each given when the card falls due; the last rating is chosen by the fate. */
function simulate(card: CardRecord, count: number, fate: Fate, rand: () => number, settings: SrsSettings): Simulated {
	let srs: SrsCard = { ...card.srs, due: EPOCH };
	let t = srs.due;
	const rows: ReviewRecord[] = [];
	const quiz = Number(card.questionId.slice(1)) % 2 === 0;
	for (let k = 0; k < count; k++) {
		const rating: Rating = k < count - 1 ? pickRating(rand) : fate === 'due-learning' ? 1 : 3;
		const next = review(srs, rating, new Date(t), settings);
		rows.push({
			cardId: card.id,
			bankId: card.bankId,
			questionId: card.questionId,
			rating,
			phaseBefore: srs.phase,
			cardBefore: srs,
			...(quiz ? { response: rating === 1 ? 'no idea' : answerOf(Number(card.questionId.slice(1))), correct: rating !== 1 } : {}),
			durationMs: 2000 + Math.floor(rand() * 8000),
			reviewedAt: t,
			log: next.log
		});
		srs = next.card;
		t = srs.due;
	}
	return { srs, rows };
}

/** How far to move a history so that the card meets its fate at `now`, or null if it cannot. */
function shiftFor(srs: SrsCard, fate: Fate, now: number, dayEnd: number, rand: () => number): number | null {
	const last = srs.lastReview ?? srs.due;
	const interval = srs.due - last;
	if (fate === 'due-learning') return srs.phase === 'review' ? null : now - rand() * 20 * MINUTE - srs.due;
	if (srs.phase !== 'review') return null;
	if (fate === 'due-review') return now - MINUTE - rand() * 5 * DAY - srs.due;
	// Not due today: due after the day ends, last answered before today began. A learner keeps to
	// the daily limits, so a long history holds at most a limit's worth of answers today; placed
	// anywhere before now, thousands of a 50k deck would be today's and use up the review limit.
	const before = dayEnd - DAY - MINUTE;
	const room = interval - (dayEnd + 3_600_000 - before);
	if (room <= 0) return null;
	return before - rand() * room - last;
}

/** The card after `count` answers and their review rows, placed so the card meets its fate at `now`. */
export function history(
	card: CardRecord,
	count: number,
	fate: Fate,
	rand: () => number,
	settings: SrsSettings,
	now: number,
	dayEnd: number
): { card: CardRecord; rows: ReviewRecord[] } {
	for (let attempt = 0; attempt < 200; attempt++) {
		const { srs, rows } = simulate(card, count, fate, rand, settings);
		const by = shiftFor(srs, fate, now, dayEnd, rand);
		if (by === null) continue;
		const moved = shiftCard(srs, by);
		return {
			card: { ...card, srs: moved, due: moved.due, queue: queueKind(moved.phase) },
			rows: rows.map((row) => ({
				...row,
				reviewedAt: row.reviewedAt + by,
				cardBefore: shiftCard(row.cardBefore, by),
				log: { ...row.log, due: row.log.due + by, reviewedAt: row.log.reviewedAt + by }
			}))
		};
	}
	throw new Error(`no history of ${count} answers leads card ${card.id} to ${fate}`);
}
