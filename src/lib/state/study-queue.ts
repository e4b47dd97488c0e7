import { forgetAnswer, journalAnswer, pageJournal } from '$lib/db/answer-journal';
import type { FactdeckDatabase } from '$lib/db/database';
import { headsAreFor, nextFromHeads, readQueueHeads, type Answered, type QueueHeads, type StudyItem } from '$lib/db/queue';
import type { CardRecord, SessionRecord } from '$lib/db/records';
import { undoInSession } from '$lib/db/sessions';
import { recordShown, type ShownAnswer } from '$lib/db/shown-answer';
import { amendRating, cardAfter, type RecordedAnswer } from '$lib/db/study';
import type { Rating, SrsSettings } from '$lib/srs';
import { DeckChannel } from './deck-channel';

/**
 * A session's way to its deck. It chooses the next card without making the learner wait for the
 * database: the heads of the deck's queues are read ahead, while the current card is on screen,
 * and the answered card's next state is worked out in memory (`after`), so the next card can be
 * shown while the answer is still being written (heads read on another study day, or that
 * failed, are read again). It writes answers only to cards still as shown, and tells other tabs
 * of every change, and this tab of theirs.
 */
export class StudyQueue {
	#heads: Promise<QueueHeads> | null = null;
	#channel = new DeckChannel();
	#journal = pageJournal();

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly bankId: string,
		readonly settings: SrsSettings,
		private readonly clock: () => Date,
		onChangedElsewhere: () => void
	) {
		this.#channel.listen((change) => change.bankId === bankId && onChangedElsewhere());
	}

	/**
	 * Reads ahead for the card now on screen; a failed read is retried when the heads are used.
	 * Heads read before are dropped at once, but the read starts after this task, so that it
	 * never delays the card it follows on its way to the screen.
	 */
	prefetch(): void {
		const heads = new Promise((start) => setTimeout(start, 0)).then(() => readQueueHeads(this.db, this.bankId, this.clock(), this.settings));
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

	/** What answering `item` with `rating` at `now` makes of its card: what `record` will store. */
	after(item: StudyItem, rating: Rating, now: Date): CardRecord {
		return cardAfter(item.card, rating, now, this.settings);
	}

	/**
	 * Saves an answer given to `item` at `now` with the session it belongs to; throws
	 * StaleCardError if its card changed since it was shown. Answers reach the database in the
	 * order they were given even while several are on their way: IndexedDB runs transactions over
	 * the same tables in the order they were opened, and each is opened as soon as it is asked for.
	 */
	/**
	 * Writes an answer, journaled first (synchronously, before this returns its promise) so that a
	 * tab that dies before the write commits still keeps it: the next start replays it.
	 */
	async record(item: StudyItem, session: SessionRecord, answer: ShownAnswer, now: Date): Promise<{ recorded: RecordedAnswer; session: SessionRecord }> {
		const input = { ...answer, cardId: item.card.id, shownLastReview: item.card.srs.lastReview };
		const key = journalAnswer(this.#journal, this.db.name, { session, input, at: now.getTime(), settings: this.settings });
		try {
			const saved = await recordShown(this.db, session, item.card, answer, now, this.settings);
			this.#announce(item.card.id);
			return saved;
		} finally {
			// Landed, or refused and told: either way there is nothing left to replay.
			forgetAnswer(this.#journal, key);
		}
	}

	async amend(item: StudyItem, reviewId: number, rating: Rating): Promise<CardRecord> {
		const card = await amendRating(this.db, reviewId, rating, this.settings);
		this.#announce(item.card.id);
		return card;
	}

	/** Takes back the session's last answer; returns its item, to be shown again, and the session after. */
	async undo(session: SessionRecord): Promise<{ item: StudyItem; session: SessionRecord }> {
		const undone = await undoInSession(this.db, session, this.clock());
		this.#announce(undone.item.card.id);
		return undone;
	}

	close(): void {
		this.#channel.close();
	}

	#announce(cardId: string): void {
		this.#channel.announce({ bankId: this.bankId, cardId });
	}
}
