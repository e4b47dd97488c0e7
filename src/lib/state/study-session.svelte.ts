import { releaseBuried } from '$lib/db/burial';
import { deckCounts } from '$lib/db/counts';
import type { FactdeckDatabase } from '$lib/db/database';
import { StaleCardError } from '$lib/db/errors';
import type { StudyItem } from '$lib/db/queue';
import { openSession } from '$lib/db/sessions';
import { getSrsSettings } from '$lib/db/settings-read';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { AnswerInput, RecordedAnswer } from '$lib/db/study';
import { deckSettings, studyMore, type StudyMore } from '$lib/db/study-more';
import { grade, ratingFor, responseText, type Feel, type QuizResponse } from '$lib/quiz';
import { summarise } from '$lib/quiz/tally';
import { preview, queueKind, type Rating, type SrsSettings } from '$lib/srs';
import { DeckRemaining } from './deck-remaining.svelte';
import { NextDue } from './next-due.svelte';
import { OneStep } from './one-step';
import { SessionLedger } from './session-ledger.svelte';
import { StudyQueue } from './study-queue';
import { ANSWERED_ELSEWHERE, leechNotice } from './study-notices';
import { StudyScreen, type IntervalPreview, type SessionProgress } from './study-screen.svelte';

type Clock = () => Date;

/**
 * One study session over one deck. The next card goes on screen as soon as an answer is given:
 * it is chosen from queue heads read while the current card was shown, with the answered card's
 * next state worked out in memory. The answer is written meanwhile (card state, a review row
 * and the session's tally and Undo, in one transaction opened before the next card is drawn),
 * so the learner never waits for the database. A tab closed at any moment keeps every answer
 * given: each is journaled (synchronously, in localStorage) before its write starts, and one
 * whose write had not landed is replayed at the next start. A quiz answer is saved
 * before its feedback is shown (the learner reads the feedback meanwhile); saying it felt hard or
 * easy afterwards amends that saved answer. A write that fails is told, and its card brought back.
 *
 * The counts behind the progress bar are read after the next card is shown. Other tabs studying
 * the same deck are heard through a DeckChannel, and an answer to a card another tab answered
 * first is refused and the card skipped with a notice.
 */
export class StudySession extends StudyScreen {
	#queue: StudyQueue | null = null;
	#steps: OneStep;
	#remaining: DeckRemaining;
	#ledger: SessionLedger;
	#base: SrsSettings | null = null;
	#nextDue: NextDue;

	constructor(
		private readonly db: FactdeckDatabase,
		readonly bankId: string,
		private readonly clock: Clock = () => new Date()
	) {
		super();
		const onError = (message: string) => (this.errorNow = message);
		const onStep = () => {
			this.errorNow = null;
			this.noticeNow = null;
		};
		this.#steps = new OneStep(onStep, onError);
		this.#remaining = new DeckRemaining(db, bankId, onError);
		this.#nextDue = new NextDue(db, bankId, onError);
		this.#ledger = new SessionLedger(db, clock, onError);
	}

	/** Items answered so far and what is left now, for the progress bar. */
	get progress(): SessionProgress {
		return { done: this.#ledger.done, left: this.#remaining.counts };
	}

	/** When the deck's next card comes due, in words, once the session is done (null: no card ever). */
	get nextDue(): string | null {
		return this.#nextDue.text;
	}

	/** Whether an answer of this session can be taken back. */
	get canUndo(): boolean {
		return this.#ledger.canUndo;
	}

	/** What each rating would give the flashcard on screen once revealed, for its buttons. */
	get intervals(): IntervalPreview[] {
		const card = this.item?.card;
		if (this.phaseNow !== 'revealed' || !card || !this.#queue) return [];
		const next = preview(card.srs, this.clock(), this.#queue.settings);
		return ([1, 2, 3, 4] as const).map((rating) => ({ rating, interval: next[rating].interval }));
	}

	async start(): Promise<void> {
		await this.#steps.run('The deck could not be opened', async () => {
			await releaseBuried(this.db, this.clock());
			this.#base = await getSrsSettings(this.db);
			const settings = await deckSettings(this.db, this.bankId, this.clock(), this.#base);
			const [session, item] = await Promise.all([openSession(this.db, this.bankId, this.clock(), settings), this.#open(settings)]);
			this.#ledger.set(session);
			this.#show(item);
		});
	}

	/**
	 * Studies more of the deck today, as Anki's custom study: more new cards than the daily
	 * limit, or the reviews due in the next days. The session (tally, Undo) goes on.
	 */
	async more(choice: StudyMore): Promise<void> {
		const base = this.#base;
		if (this.phaseNow !== 'done' || !base) return;
		await this.#steps.run('The deck could not be opened for more', async () => {
			await studyMore(this.db, this.bankId, this.clock(), base, choice);
			const item = await this.#open(await deckSettings(this.db, this.bankId, this.clock(), base));
			this.#show(item);
			if (!item) this.noticeNow = choice.kind === 'new' ? 'This deck has no new cards left.' : 'No reviews are due in the days ahead.';
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

	/** Grades a quiz answer and saves it as Again (wrong) or Good (right) before showing the result. */
	async check(response: QuizResponse): Promise<void> {
		const item = this.item;
		if (this.phaseNow !== 'answering' || !item || item.question.type === 'flashcard') return;
		await this.#steps.run('Your answer could not be saved', async () => {
			const result = grade(item.question, response);
			const now = this.clock();
			const answer = { rating: ratingFor(result.correct, 'good'), response: responseText(item.question, response), correct: result.correct };
			const recorded = await this.#landed(item, this.#save(item, answer, now));
			if (!recorded) return;
			this.checked = { ...recorded, at: now };
			this.resultNow = result;
			this.phaseNow = 'feedback';
		});
	}

	/** Leaves the feedback of a quiz item; a right answer that felt hard or easy is re-rated meanwhile. */
	async next(feel: Feel = 'good'): Promise<void> {
		const item = this.item;
		const checked = this.checked;
		if (this.phaseNow !== 'feedback' || !item || !checked) return;
		let amending: Promise<unknown> | null = null;
		await this.#steps.run('Your rating could not be saved', async () => {
			const queue = this.#requireQueue();
			if (feel === 'good' || !this.resultNow?.correct) return this.#show(await queue.next({ item, after: checked.card }));
			const rating = ratingFor(true, feel);
			const next = await queue.next({ item, after: queue.after(item, rating, checked.at) });
			// The answer itself is saved already: a rating that fails to change leaves it as Good.
			amending = queue.amend(item, checked.reviewId, rating).catch((error: unknown) => {
				this.errorNow = `Your rating could not be saved: ${storageFailureReason(error)}`;
			});
			this.#show(next);
		});
		await amending;
	}

	/**
	 * Self-rates a flashcard. The next card goes on screen at once, in the same task as the tap,
	 * while the rating is written: the rating is journaled before its write starts (see
	 * StudyQueue.record), so a tab killed before the write lands loses nothing. The next card can
	 * be answered while it lands; a write that fails is told when it does.
	 */
	async rate(rating: Rating): Promise<void> {
		const item = this.item;
		if (this.phaseNow !== 'revealed' || !item) return;
		let landing: Promise<unknown> | null = null;
		await this.#steps.run('Your answer could not be saved', async () => {
			const queue = this.#requireQueue();
			const now = this.clock();
			const saving = this.#landed(item, this.#save(item, { rating }, now));
			// Failing before the next card is chosen, it is still told: below, or by #steps.
			saving.catch(() => {});
			const next = await queue.next({ item, after: queue.after(item, rating, now) });
			if (next) {
				this.#show(next);
				landing = saving.catch((error: unknown) => {
					this.errorNow = `Your answer could not be saved: ${storageFailureReason(error)}`;
				});
				return;
			}
			// The summary counts this answer: it waits for the write (and a refused one shows what comes next itself).
			if (await saving) this.#show(next);
		});
		await landing;
	}

	/** Takes back the last answer of the session and shows its item again, unanswered. */
	async undo(): Promise<void> {
		if (!this.#ledger.canUndo) return;
		await this.#steps.run('The answer could not be taken back', async () => {
			await this.#ledger.settled();
			const undone = await this.#requireQueue().undo(this.#ledger.require());
			this.#ledger.set(undone.session);
			// Where the card had gone (learning, review) is not known here: the counts are read anew.
			await this.#remaining.refresh(this.clock(), this.#requireQueue().settings);
			this.summaryNow = null;
			this.#show(undone.item);
		});
	}

	/** Starts writing an answer given to `item` at `now`; it counts in the progress at once. */
	#save(item: StudyItem, answer: Omit<AnswerInput, 'cardId' | 'durationMs'>, now: Date): Promise<RecordedAnswer> {
		const durationMs = Math.max(0, now.getTime() - this.shownAt);
		const write = this.#requireQueue().record(item, this.#ledger.require(), { ...answer, durationMs }, now);
		this.#remaining.answered(queueKind(item.card.srs.phase));
		return this.#ledger.track(write).then((saved) => saved.recorded);
	}

	/**
	 * Waits for an answer's write. If another tab answered the card first, nothing was saved: the
	 * learner is told, and null returned. Other failures are thrown.
	 */
	async #landed(item: StudyItem, write: Promise<RecordedAnswer>): Promise<RecordedAnswer | null> {
		try {
			const recorded = await write;
			if (recorded.leech) this.noticeNow = leechNotice(recorded.card.srs.lapses);
			return recorded;
		} catch (error) {
			if (!(error instanceof StaleCardError)) throw error;
			const queue = this.#requireQueue();
			queue.prefetch();
			// The other tab's answer is in the session both share.
			await this.#ledger.refresh();
			// That card may still be on screen (or on it again): the next one is chosen anew.
			if (this.item?.card.id === item.card.id) this.#show(await queue.next(null));
			this.noticeNow = ANSWERED_ELSEWHERE;
			return null;
		}
	}

	/** Puts an item on screen (or the summary, for none); reads for the next answer come after. */
	#show(item: StudyItem | null): void {
		const now = this.clock();
		this.put(item, now, () => summarise(this.#ledger.require().tally, now));
		if (!item && this.#queue) this.#nextDue.read(now, this.#queue.settings);
		this.#queue?.prefetch();
		// After this task, so that the read never delays the card it follows on its way to the screen.
		setTimeout(() => this.#readCounts(), 0);
	}

	/** Another tab changed this deck: the next cards (unless an answer is on its way), counts and session are read again. */
	#heard(): void {
		if (!this.#steps.busy) this.#queue?.prefetch();
		this.#readCounts();
		this.#ledger.heard();
	}

	#readCounts(): void {
		if (this.#queue) this.#remaining.read(this.clock(), this.#queue.settings);
	}

	#requireQueue(): StudyQueue {
		if (!this.#queue) throw new Error('The session has not started.');
		return this.#queue;
	}
}
