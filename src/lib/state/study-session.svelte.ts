import type { Question } from '$lib/bank/schema';
import {
	deckCounts,
	deckSettings,
	getSrsSettings,
	studyMore,
	openSession,
	refreshSession,
	releaseBuried,
	StaleCardError,
	storageFailureReason,
	type CardRecord,
	type DeckCounts,
	type FactdeckDatabase,
	type SessionRecord,
	type StudyItem,
	type StudyMore
} from '$lib/db';
import { grade, ratingFor, responseText, type Feel, type GradeResult, type QuizResponse } from '$lib/quiz';
import { summarise, type SessionSummary } from '$lib/quiz/tally';
import { preview, queueKind, type Rating, type SrsSettings } from '$lib/srs';
import { DeckRemaining } from './deck-remaining.svelte';
import { NextDue } from './next-due.svelte';
import { StudyQueue } from './study-queue';

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

type Clock = () => Date;

/** What a session's progress shows: answers so far, and what is left now, queue by queue. */
export interface SessionProgress {
	done: number;
	left: DeckCounts;
}

/** Told at the answer that made a card a leech (Anki says it at the same moment). */
const leechNotice = (lapses: number) =>
	`You have now forgotten this card ${lapses === 1 ? 'once' : `${lapses} times`}, so it is a leech: it is tagged “leech” and suspended, and will not come back in study. In Browse you can rewrite it and unsuspend it.`;
const ANSWERED_ELSEWHERE = 'That card was just answered in another tab, so it was not counted twice. Here is the next one.';

/**
 * One study session over one deck. Every answer is written to the database (card state, a
 * review row and the session's tally and Undo, in one transaction) before anything else is
 * shown, so closing the tab at any moment loses no answer and a reload resumes the session:
 * a quiz answer is saved when it is checked, and saying it felt hard or easy afterwards amends
 * that saved answer.
 *
 * The next card is chosen from queue heads read while the current one is on screen, so an
 * answer waits only for its own write; the counts behind the progress bar are read after the
 * next card is shown. Other tabs studying the same deck are heard through a DeckChannel, and an
 * answer to a card another tab answered first is refused and the card skipped with a notice.
 */
export class StudySession {
	#phase = $state<StudyPhase>('loading');
	#item = $state<StudyItem | null>(null);
	#result = $state<GradeResult | null>(null);
	#session = $state.raw<SessionRecord | null>(null);
	#error = $state<string | null>(null);
	#notice = $state<string | null>(null);
	#summary = $state<SessionSummary | null>(null);
	#queue: StudyQueue | null = null;
	#checked: { reviewId: number; card: CardRecord } | null = null;
	#shownAt = 0;
	#turn = $state(0);
	#busy = false;
	#remaining: DeckRemaining;
	#base: SrsSettings | null = null;
	#nextDue: NextDue;

	constructor(
		private readonly db: FactdeckDatabase,
		readonly bankId: string,
		private readonly clock: Clock = () => new Date()
	) {
		this.#remaining = new DeckRemaining(db, bankId, (message) => (this.#error = message));
		this.#nextDue = new NextDue(db, bankId, (message) => (this.#error = message));
	}

	get phase(): StudyPhase {
		return this.#phase;
	}
	get question(): Question | null {
		return this.#item?.question ?? null;
	}
	/** Changes each time an item is put on screen, even the same card again: a key for its view. */
	get turn(): number {
		return this.#turn;
	}
	get result(): GradeResult | null {
		return this.#result;
	}
	get error(): string | null {
		return this.#error;
	}
	/** A short word about something the learner did not do, such as a card skipped. */
	get notice(): string | null {
		return this.#notice;
	}
	get summary(): SessionSummary | null {
		return this.#summary;
	}
	/** Items answered so far and what is left now, for the progress bar. */
	get progress(): SessionProgress {
		return { done: this.#session?.tally.items ?? 0, left: this.#remaining.counts };
	}

	/** When the deck's next card comes due, in words, once the session is done (null: no card ever). */
	get nextDue(): string | null {
		return this.#nextDue.text;
	}

	/** Whether an answer of this session can be taken back. */
	get canUndo(): boolean {
		return (this.#session?.undo.length ?? 0) > 0;
	}

	/** What each rating would give the flashcard on screen once revealed, for its buttons. */
	get intervals(): IntervalPreview[] {
		const card = this.#item?.card;
		if (this.#phase !== 'revealed' || !card || !this.#queue) return [];
		const next = preview(card.srs, this.clock(), this.#queue.settings);
		return ([1, 2, 3, 4] as const).map((rating) => ({ rating, interval: next[rating].interval }));
	}

	async start(): Promise<void> {
		await this.#guard('The deck could not be opened', async () => {
			await releaseBuried(this.db, this.clock());
			this.#base = await getSrsSettings(this.db);
			const settings = await deckSettings(this.db, this.bankId, this.clock(), this.#base);
			const [session, item] = await Promise.all([openSession(this.db, this.bankId, this.clock(), settings), this.#open(settings)]);
			this.#session = session;
			this.#show(item);
		});
	}

	/**
	 * Studies more of the deck today, as Anki's custom study: more new cards than the daily
	 * limit, or the reviews due in the next days. The session (tally, Undo) goes on.
	 */
	async more(choice: StudyMore): Promise<void> {
		const base = this.#base;
		if (this.#phase !== 'done' || !base) return;
		await this.#guard('The deck could not be opened for more', async () => {
			await studyMore(this.db, this.bankId, this.clock(), base, choice);
			const item = await this.#open(await deckSettings(this.db, this.bankId, this.clock(), base));
			this.#show(item);
			if (!item) this.#notice = choice.kind === 'new' ? 'This deck has no new cards left.' : 'No reviews are due in the days ahead.';
		});
	}

	/** Opens the deck's queue with `settings` (in place of any before): its first card, and its counts. */
	async #open(settings: SrsSettings): Promise<StudyItem | null> {
		this.#queue?.close();
		this.#queue = new StudyQueue(this.db, this.bankId, settings, this.clock, () => this.#heard());
		const [item, counts] = await Promise.all([this.#queue.next(null), deckCounts(this.db, this.bankId, this.clock(), settings)]);
		this.#remaining.set(counts);
		return item;
	}

	/** Stops listening to other tabs; the session is not used after this. */
	close(): void {
		this.#queue?.close();
	}

	/** Grades a quiz answer and saves it at once as Again (wrong) or Good (right). */
	async check(response: QuizResponse): Promise<void> {
		const item = this.#item;
		if (this.#phase !== 'answering' || !item || item.question.type === 'flashcard') return;
		await this.#guard('Your answer could not be saved', async () => {
			const result = grade(item.question, response);
			const recorded = await this.#record(item, {
				rating: ratingFor(result.correct, 'good'),
				response: responseText(item.question, response),
				correct: result.correct
			});
			if (!recorded) return;
			this.#checked = recorded;
			this.#result = result;
			this.#phase = 'feedback';
		});
	}

	/** Leaves the feedback of a quiz item; a right answer that felt hard or easy is re-rated. */
	async next(feel: Feel = 'good'): Promise<void> {
		const item = this.#item;
		const checked = this.#checked;
		if (this.#phase !== 'feedback' || !item || !checked) return;
		await this.#guard('Your rating could not be saved', async () => {
			let after = checked.card;
			if (feel !== 'good' && this.#result?.correct) {
				after = await this.#requireQueue().amend(item, checked.reviewId, ratingFor(true, feel));
			}
			this.#show(await this.#requireQueue().next({ item, after }));
		});
	}

	reveal(): void {
		if (this.#phase === 'answering' && this.#item?.question.type === 'flashcard') this.#phase = 'revealed';
	}

	/** Self-rates a flashcard; the rating is saved before the next card is shown. */
	async rate(rating: Rating): Promise<void> {
		const item = this.#item;
		if (this.#phase !== 'revealed' || !item) return;
		await this.#guard('Your answer could not be saved', async () => {
			const recorded = await this.#record(item, { rating });
			if (!recorded) return;
			this.#show(await this.#requireQueue().next({ item, after: recorded.card }));
		});
	}

	/** Takes back the last answer of the session and shows its item again, unanswered. */
	async undo(): Promise<void> {
		const session = this.#session;
		if (!session || session.undo.length === 0) return;
		await this.#guard('The answer could not be taken back', async () => {
			const undone = await this.#requireQueue().undo(session);
			this.#session = undone.session;
			// Where the card had gone (learning, review) is not known here: the counts are read anew.
			await this.#remaining.refresh(this.clock(), this.#requireQueue().settings);
			this.#summary = null;
			this.#show(undone.item);
		});
	}

	/**
	 * Saves an answer to the item on screen, provided its card is still as shown. If another tab
	 * answered it first, nothing is saved: the next card is shown with a notice, and null returned.
	 */
	async #record(item: StudyItem, answer: { rating: Rating; response?: string; correct?: boolean }) {
		try {
			const saved = await this.#requireQueue().record(item, this.#requireSession(), { ...answer, durationMs: this.#elapsed() });
			this.#session = saved.session;
			this.#remaining.answered(queueKind(item.card.srs.phase));
			if (saved.recorded.leech) this.#notice = leechNotice(saved.recorded.card.srs.lapses);
			return saved.recorded;
		} catch (error) {
			if (!(error instanceof StaleCardError)) throw error;
			const queue = this.#requireQueue();
			queue.prefetch();
			// The other tab's answer is in the session both share.
			this.#session = await refreshSession(this.db, this.#requireSession(), this.clock());
			this.#show(await queue.next(null));
			this.#notice = ANSWERED_ELSEWHERE;
			return null;
		}
	}

	/** Puts an item on screen (or the summary, for none); reads for the next answer come after. */
	#show(item: StudyItem | null): void {
		const now = this.clock();
		this.#item = item;
		this.#result = null;
		this.#checked = null;
		this.#shownAt = now.getTime();
		this.#turn++;
		if (item) {
			this.#phase = 'answering';
		} else {
			this.#summary = summarise(this.#requireSession().tally, now);
			this.#phase = 'done';
			if (this.#queue) this.#nextDue.read(now, this.#queue.settings);
		}
		// After this task, so that the reads never delay the card they follow on its way to the screen.
		setTimeout(() => {
			this.#queue?.prefetch();
			this.#readCounts();
		}, 0);
	}

	/** Another tab changed this deck: the next cards (unless an answer is on its way) and counts are read again. */
	#heard(): void {
		if (!this.#busy) this.#queue?.prefetch();
		this.#readCounts();
		const session = this.#session;
		if (session) {
			refreshSession(this.db, session, this.clock()).then(
				(latest) => {
					// An answer of this tab saved meanwhile is newer than what was read.
					if (!this.#busy && latest.lastActiveAt >= (this.#session?.lastActiveAt ?? 0)) this.#session = latest;
				},
				(error: unknown) => (this.#error = `This session could not be read: ${storageFailureReason(error)}`)
			);
		}
	}

	#readCounts(): void {
		if (this.#queue) this.#remaining.read(this.clock(), this.#queue.settings);
	}

	/** Runs one step at a time: a double tap cannot record the same answer twice. */
	async #guard(failure: string, step: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			this.#error = null;
			this.#notice = null;
			await step();
		} catch (error) {
			this.#error = `${failure}: ${storageFailureReason(error)}`;
		} finally {
			this.#busy = false;
		}
	}

	#elapsed(): number {
		return Math.max(0, this.clock().getTime() - this.#shownAt);
	}

	#requireSession(): SessionRecord {
		if (!this.#session) throw new Error('The session has not started.');
		return this.#session;
	}

	#requireQueue(): StudyQueue {
		if (!this.#queue) throw new Error('The session has not started.');
		return this.#queue;
	}
}
