import type { Question } from '$lib/bank/schema';
import {
	amendRating,
	deckCounts,
	undoAnswer,
	getSrsSettings,
	nextItem,
	recordAnswer,
	storageFailureReason,
	type FactdeckDatabase,
	type StudyItem
} from '$lib/db';
import { grade, ratingFor, type Feel, type GradeResult, type QuizResponse } from '$lib/quiz';
import { addAnswer, startTally, summarise, type SessionSummary, type SessionTally } from '$lib/quiz/tally';
import { preview, type Rating, type SrsSettings } from '$lib/srs';

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

/** An answer of this session that can still be taken back, and what the session was before it. */
interface Answered {
	reviewId: number;
	item: StudyItem;
	tally: SessionTally;
}

/**
 * One study session over one deck. Every answer is written to the database (card state and a
 * review row, in one transaction) before anything else is shown, so closing the tab at any
 * moment loses no answer: a quiz answer is saved when it is checked, and saying it felt hard
 * or easy afterwards amends that saved answer.
 */
export class StudySession {
	#phase = $state<StudyPhase>('loading');
	#item = $state<StudyItem | null>(null);
	#result = $state<GradeResult | null>(null);
	#tally = $state<SessionTally>(startTally(new Date(0)));
	#remaining = $state(0);
	#error = $state<string | null>(null);
	#summary = $state<SessionSummary | null>(null);
	#settings: SrsSettings | null = null;
	#reviewId: number | null = null;
	#answered = $state.raw<Answered[]>([]);
	#shownAt = 0;
	#turn = $state(0);
	#busy = false;

	constructor(
		private readonly db: FactdeckDatabase,
		readonly bankId: string,
		private readonly clock: Clock = () => new Date()
	) {}

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
	get summary(): SessionSummary | null {
		return this.#summary;
	}
	/** Items answered so far and items still due, for the progress bar. */
	get progress(): { done: number; total: number } {
		const done = this.#tally.items;
		return { done, total: done + this.#remaining };
	}

	/** Whether an answer of this session can be taken back. */
	get canUndo(): boolean {
		return this.#answered.length > 0;
	}

	/** What each rating would give the current flashcard, for the labels of its buttons. */
	get intervals(): IntervalPreview[] {
		const card = this.#item?.card;
		if (!card || !this.#settings) return [];
		const next = preview(card.srs, this.clock(), this.#settings);
		return ([1, 2, 3, 4] as const).map((rating) => ({ rating, interval: next[rating].interval }));
	}

	async start(): Promise<void> {
		await this.#guard('The deck could not be opened', async () => {
			this.#settings = await getSrsSettings(this.db);
			this.#tally = startTally(this.clock());
			await this.#advance();
		});
	}

	/** Grades a quiz answer and saves it at once as Again (wrong) or Good (right). */
	async check(response: QuizResponse): Promise<void> {
		const item = this.#item;
		if (this.#phase !== 'answering' || !item || item.question.type === 'flashcard') return;
		await this.#guard('Your answer could not be saved', async () => {
			const result = grade(item.question, response);
			this.#reviewId = await recordAnswer(
				this.db,
				{
					cardId: item.card.id,
					rating: ratingFor(result.correct, 'good'),
					response: describe(item.question, response),
					correct: result.correct,
					durationMs: this.#elapsed()
				},
				this.clock(),
				this.#requireSettings()
			);
			this.#answered = [...this.#answered, { reviewId: this.#reviewId, item, tally: this.#tally }];
			this.#result = result;
			this.#tally = addAnswer(this.#tally, result.correct);
			this.#phase = 'feedback';
		});
	}

	/** Leaves the feedback of a quiz item; a right answer that felt hard or easy is re-rated. */
	async next(feel: Feel = 'good'): Promise<void> {
		if (this.#phase !== 'feedback') return;
		await this.#guard('Your rating could not be saved', async () => {
			const rating = ratingFor(this.#result?.correct ?? false, feel);
			if (this.#reviewId !== null && feel !== 'good' && this.#result?.correct) {
				await amendRating(this.db, this.#reviewId, rating, this.#requireSettings());
			}
			await this.#advance();
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
			const reviewId = await recordAnswer(
				this.db,
				{ cardId: item.card.id, rating, durationMs: this.#elapsed() },
				this.clock(),
				this.#requireSettings()
			);
			this.#answered = [...this.#answered, { reviewId, item, tally: this.#tally }];
			this.#tally = addAnswer(this.#tally, undefined);
			await this.#advance();
		});
	}

	/** Takes back the last answer of the session and shows its item again, unanswered. */
	async undo(): Promise<void> {
		const last = this.#answered.at(-1);
		if (!last) return;
		await this.#guard('The answer could not be taken back', async () => {
			await undoAnswer(this.db, last.reviewId);
			this.#answered = this.#answered.slice(0, -1);
			const counts = await deckCounts(this.db, this.bankId, this.clock(), this.#requireSettings());
			this.#item = last.item;
			this.#tally = last.tally;
			this.#result = null;
			this.#reviewId = null;
			this.#summary = null;
			this.#remaining = counts.learning + counts.review + counts.new;
			this.#shownAt = this.clock().getTime();
			this.#turn++;
			this.#phase = 'answering';
		});
	}

	async #advance(): Promise<void> {
		const settings = this.#requireSettings();
		const now = this.clock();
		const [item, counts] = await Promise.all([
			nextItem(this.db, this.bankId, now, settings),
			deckCounts(this.db, this.bankId, now, settings)
		]);
		this.#item = item;
		this.#result = null;
		this.#reviewId = null;
		this.#remaining = counts.learning + counts.review + counts.new;
		this.#shownAt = now.getTime();
		this.#turn++;
		if (item) {
			this.#phase = 'answering';
		} else {
			this.#summary = summarise(this.#tally, now);
			this.#phase = 'done';
		}
	}

	/** Runs one step at a time: a double tap cannot record the same answer twice. */
	async #guard(failure: string, step: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			this.#error = null;
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

	#requireSettings(): SrsSettings {
		if (!this.#settings) throw new Error('The session has not started.');
		return this.#settings;
	}
}

/** The learner's answer as text for the review log. */
function describe(question: Question, response: QuizResponse): string {
	switch (response.kind) {
		case 'choice':
			return question.type === 'mcq' ? (question.choices[response.index] ?? '') : String(response.index);
		case 'boolean':
			return response.value ? 'True' : 'False';
		case 'text':
			return response.value;
	}
}
