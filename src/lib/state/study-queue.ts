import {
	amendRating,
	headsAreFor,
	nextFromHeads,
	readQueueHeads,
	recordAnswer,
	undoAnswer,
	type AnswerInput,
	type Answered,
	type CardRecord,
	type FactdeckDatabase,
	type QueueHeads,
	type RecordedAnswer,
	type StudyItem
} from '$lib/db';
import type { Rating, SrsSettings } from '$lib/srs';
import { DeckChannel } from './deck-channel';

/**
 * A session's way to its deck. It chooses the next card without making the learner wait for a
 * read: the heads of the deck's queues are read ahead, while the current card is on screen, so
 * that an answer costs only its own write (heads read on another study day, or that failed, are
 * read again). It writes answers only to cards still as shown, and tells other tabs of every
 * change, and this tab of theirs.
 */
export class StudyQueue {
	#heads: Promise<QueueHeads> | null = null;
	#channel = new DeckChannel();

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		readonly settings: SrsSettings,
		private readonly clock: () => Date,
		onChangedElsewhere: () => void
	) {
		this.#channel.listen((change) => change.bankId === bankId && onChangedElsewhere());
	}

	/** Reads ahead for the card now on screen; a failed read is retried when the heads are used. */
	prefetch(): void {
		const heads = readQueueHeads(this.db, this.bankId, this.clock(), this.settings);
		heads.catch(() => {});
		this.#heads = heads;
	}

	/** The next card after `answered` (null: the first card, or after the deck changed elsewhere). */
	async next(answered: Answered | null): Promise<StudyItem | null> {
		const now = this.clock();
		let heads = this.#heads ? await this.#heads.catch(() => null) : null;
		if (!heads || !headsAreFor(heads, now, this.settings)) heads = await readQueueHeads(this.db, this.bankId, now, this.settings);
		return nextFromHeads(heads, answered, now, this.settings);
	}

	/** Saves an answer to `item`; throws StaleCardError if its card changed since it was shown. */
	async record(item: StudyItem, answer: Omit<AnswerInput, 'cardId' | 'shownLastReview'>): Promise<RecordedAnswer> {
		const input = { ...answer, cardId: item.card.id, shownLastReview: item.card.srs.lastReview };
		const recorded = await recordAnswer(this.db, input, this.clock(), this.settings);
		this.#announce(item);
		return recorded;
	}

	async amend(item: StudyItem, reviewId: number, rating: Rating): Promise<CardRecord> {
		const card = await amendRating(this.db, reviewId, rating, this.settings);
		this.#announce(item);
		return card;
	}

	async undo(item: StudyItem, reviewId: number): Promise<void> {
		await undoAnswer(this.db, reviewId);
		this.#announce(item);
	}

	close(): void {
		this.#channel.close();
	}

	#announce(item: StudyItem): void {
		this.#channel.announce({ bankId: this.bankId, cardId: item.card.id });
	}
}
