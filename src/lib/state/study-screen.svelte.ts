import type { Question } from '$lib/bank/schema';
import type { CardRecord, DeckCounts, StudyItem } from '$lib/db';
import type { GradeResult } from '$lib/quiz';
import type { SessionSummary } from '$lib/quiz/tally';
import type { Rating } from '$lib/srs';

/**
 * - `answering`: a quiz item waits for an answer, or a flashcard shows its front;
 * - `feedback`: a quiz answer was checked (and already saved) and its result is shown;
 * - `revealed`: a flashcard shows its back and waits for a self-rating;
 * - `done`: nothing is due; the summary is shown.
 */
export type StudyPhase = 'loading' | 'answering' | 'feedback' | 'revealed' | 'done';

export interface IntervalPreview {
	rating: Rating;
	interval: string;
}

/** What a session's progress shows: answers so far, and what is left now, queue by queue. */
export interface SessionProgress {
	done: number;
	left: DeckCounts;
}

/**
 * What a study session has on screen: the item and its phase, a checked answer's result, the
 * summary at the end, and the words for a failure or a skipped card. StudySession, which decides
 * what comes next and saves the answers, builds on it; the page reads only these getters.
 */
export class StudyScreen {
	protected phaseNow = $state<StudyPhase>('loading');
	protected item = $state.raw<StudyItem | null>(null);
	protected resultNow = $state<GradeResult | null>(null);
	protected errorNow = $state<string | null>(null);
	protected noticeNow = $state<string | null>(null);
	protected summaryNow = $state<SessionSummary | null>(null);
	/** A quiz answer saved on Check: the row to amend, the card it left, and when it was given. */
	protected checked: { reviewId: number; card: CardRecord; at: Date } | null = null;
	/** When the item on screen was put there, for the time its answer took. */
	protected shownAt = 0;
	#turn = $state(0);

	get phase(): StudyPhase {
		return this.phaseNow;
	}
	get question(): Question | null {
		return this.item?.question ?? null;
	}
	/** Changes each time an item is put on screen, even the same card again: a key for its view. */
	get turn(): number {
		return this.#turn;
	}
	get result(): GradeResult | null {
		return this.resultNow;
	}
	get error(): string | null {
		return this.errorNow;
	}
	/** A short word about something the learner did not do, such as a card skipped. */
	get notice(): string | null {
		return this.noticeNow;
	}
	get summary(): SessionSummary | null {
		return this.summaryNow;
	}

	reveal(): void {
		if (this.phaseNow === 'answering' && this.item?.question.type === 'flashcard') this.phaseNow = 'revealed';
	}

	/** Puts `item` on screen, unanswered, or the summary when there is no item. */
	protected put(item: StudyItem | null, now: Date, summary: () => SessionSummary): void {
		this.item = item;
		this.resultNow = null;
		this.checked = null;
		this.shownAt = now.getTime();
		this.#turn++;
		if (item) {
			this.phaseNow = 'answering';
		} else {
			this.summaryNow = summary();
			this.phaseNow = 'done';
		}
	}
}
