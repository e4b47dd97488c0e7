import type { Bank, Question } from '$lib/bank/schema';
import type { SessionTally } from '$lib/quiz/tally';
import type { CardPhase, QueueKind, Rating, SrsCard, SrsLog } from '$lib/srs';

/** Shapes of the rows Factdeck keeps in IndexedDB. */

export interface BankRecord {
	id: string;
	title: string;
	language: string;
	source?: Bank['source'];
	/** Shipped with the app (re-synced on start) rather than imported or made by the user. */
	builtIn: boolean;
	/** Fingerprint of the bank content last synced, so an unchanged bank costs one read. */
	fingerprint: string;
	/**
	 * For a built-in bank, the fingerprint of the file it was last synced from: when it matches,
	 * the app starts without validating or saving the bank again.
	 */
	sourceFingerprint?: string;
	questionCount: number;
	addedAt: number;
	updatedAt: number;
	/** The learner named this deck: saving the bank again (a built-in one's sync at start) keeps their name. */
	renamed?: true;
}

export interface QuestionRecord {
	bankId: string;
	id: string;
	/** Position in the bank; new cards are introduced in this order. */
	order: number;
	question: Question;
	fingerprint: string;
	/** Set when the question left its bank; its card and history are kept but never shown. */
	retiredAt: number | null;
}

/**
 * Where a card sits in the queue. `retired`, `suspended` and `buried` keep a card out of every
 * study range of `[bankId+queue+due]`, and so out of study and of every count; the queue it
 * returns to is always `queueKind(srs.phase)`, so no second copy of it is kept.
 */
export type CardQueue = QueueKind | 'retired' | 'suspended' | 'buried';

export interface CardRecord {
	/** `${bankId}/${questionId}` */
	id: string;
	bankId: string;
	questionId: string;
	queue: CardQueue;
	/** Copy of srs.due at the top level so that `[bankId+queue+due]` can index it. */
	due: number;
	srs: SrsCard;
	/** The learner's tags (at first the question's): "leech" marks a card forgotten too often. */
	tags: string[];
	/** When the card was made, epoch ms (bank order breaks ties): Browse sorts by it. */
	addedAt: number;
	/** For a buried card (queue `buried`): when it comes back, the start of the next study day. */
	buriedUntil?: number;
}

export interface ReviewRecord {
	id?: number;
	cardId: string;
	bankId: string;
	questionId: string;
	rating: Rating;
	phaseBefore: CardPhase;
	/** The card as it was before this answer: lets a rating be amended (Hard/Easy) or undone. */
	cardBefore: SrsCard;
	/** What the learner answered, as display text; absent for flashcards. */
	response?: string;
	correct?: boolean;
	durationMs: number;
	reviewedAt: number;
	log: SrsLog;
	/** This answer made the card a leech and tagged it "leech": taking it back takes the tag off. */
	leechTagged?: true;
}

/** An answer of a study session that Undo can take back, and the session's tally before it. */
export interface UndoEntry {
	reviewId: number;
	cardId: string;
	tallyBefore: SessionTally;
}

/**
 * The study session of one deck, kept beside the answers so that a reload or a killed tab
 * resumes it with its tally and its Undo.
 */
export interface SessionRecord {
	bankId: string;
	/** Start of the study day the session belongs to. */
	day: number;
	tally: SessionTally;
	lastActiveAt: number;
	/** Oldest first. */
	undo: UndoEntry[];
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

export function cardId(bankId: string, questionId: string): string {
	return `${bankId}/${questionId}`;
}
