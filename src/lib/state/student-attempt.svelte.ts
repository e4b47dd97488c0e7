import { answerValue, complete, isCorrect, isLocked, type AnswerRecord, type Score, type ShownQuestion, type TakenAssignment } from '$lib/assign';
import { getSrsSettings, joinReview, storageFailureReason, type AttemptRecord, type FactdeckDatabase } from '$lib/db';
import { grade, type GradeResult, type QuizResponse } from '$lib/quiz';
import { AttemptStore } from './attempt-store.svelte';
import { attemptScore, finished, firstUnanswered, newAttempt, original, questionAt, timeLeft } from './attempt-records';
import type { OpenedAssignment } from './open-assignment';
import { randomId } from './publish';
import { Ticker } from './ticker';

export type AttemptPhase = 'intro' | 'answering' | 'feedback' | 'review' | 'done';

type Clock = () => Date;

/**
 * A student taking an assignment: one question per screen, each answer saved before the next is
 * shown (a closed tab loses nothing), an optional time limit that submits by itself, then the
 * result as a code for the teacher and the answers added to the student's spaced review.
 */
export class StudentAttempt {
	studentName = $state('');
	#attempt = $state.raw<AttemptRecord | null>(null);
	#phase = $state<AttemptPhase>('intro');
	#step = $state(0);
	#feedback = $state<GradeResult | null>(null);
	#now = $state(0);
	#error = $state<string | null>(null);
	#reviewDeck = $state<string | null>(null);
	#shownAt = 0;
	#ticker = new Ticker();

	#assignment: TakenAssignment;
	readonly keyId: string;
	readonly #origins: OpenedAssignment['origins'];
	readonly #store: AttemptStore;

	constructor(
		private readonly db: FactdeckDatabase,
		opened: OpenedAssignment,
		private readonly clock: Clock = () => new Date()
	) {
		this.#assignment = $state.raw(opened.assignment);
		this.keyId = opened.keyId;
		this.#origins = opened.origins;
		this.#store = new AttemptStore(db, opened.received);
		this.#now = clock().getTime();
		const last = this.#store.mine.at(-1);
		this.studentName = last?.studentName ?? '';
		if (last && last.finishedAt === null) this.#resume(last);
	}

	get assignment(): TakenAssignment {
		return this.#assignment;
	}
	/** Whether some answers are locked until the teacher gives the release code. */
	get locked(): boolean {
		return this.#assignment.questions.some(isLocked);
	}

	get phase(): AttemptPhase {
		return this.#phase;
	}
	get error(): string | null {
		return this.#error;
	}
	get total(): number {
		return this.assignment.questions.length;
	}
	get finishedAttempts(): AttemptRecord[] {
		return this.#store.finished;
	}
	/** Attempts still allowed; null when there is no limit. */
	get attemptsLeft(): number | null {
		const allowed = this.assignment.settings.attempts;
		return allowed === undefined ? null : Math.max(0, allowed - this.finishedAttempts.length);
	}
	get canStart(): boolean {
		return this.studentName.trim().length > 0 && this.studentName.trim().length <= 100 && this.attemptsLeft !== 0;
	}
	get overdue(): boolean {
		const due = this.assignment.settings.due;
		return due !== undefined && this.#now > due;
	}
	/** The place in the attempt: 1-based number of the question on screen. */
	get number(): number {
		return this.#step + 1;
	}
	get answeredCount(): number {
		return this.#attempt?.answers.filter((a) => a !== null).length ?? 0;
	}
	get question(): ShownQuestion | null {
		return this.#attempt ? questionAt(this.assignment, this.#attempt, this.#step) : null;
	}
	get feedback(): GradeResult | null {
		return this.#feedback;
	}
	/** Milliseconds left when there is a time limit. */
	get remainingMs(): number | null {
		const limit = this.assignment.settings.timeLimit;
		if (!limit || !this.#attempt) return null;
		return timeLeft(this.#attempt, limit, this.#now);
	}
	/** The score of the submitted attempt; null before, and while answers are locked. */
	get score(): Score | null {
		const attempt = this.#attempt;
		if (!attempt || attempt.finishedAt === null || this.locked) return null;
		return attemptScore(this.assignment, attempt);
	}
	/** The answers of the submitted attempt, in the assignment's order. */
	get answers(): (AnswerRecord | null)[] {
		return this.#attempt?.answers ?? [];
	}
	get resultCode(): string | null {
		return this.#attempt?.resultCode ?? null;
	}
	get reviewDeck(): string | null {
		return this.#reviewDeck;
	}

	async start(): Promise<void> {
		if (!this.canStart) return;
		await this.#guard('The attempt could not be started', async () => {
			const attempt = newAttempt(this.assignment, this.#store.contentHash, this.studentName.trim(), randomId(), this.clock().getTime());
			await this.#save(attempt);
			this.#resume(attempt);
		});
	}

	#resume(attempt: AttemptRecord): void {
		this.#attempt = attempt;
		const next = firstUnanswered(attempt);
		this.#step = next === -1 ? attempt.layout.order.length - 1 : next;
		this.#phase = next === -1 ? 'review' : 'answering';
		this.#shownAt = this.clock().getTime();
		this.#startTimer();
	}

	/** Saves the answer to the question on screen; a shown mcq choice is mapped back to the original. */
	async answer(response: QuizResponse): Promise<void> {
		const attempt = this.#attempt;
		if (this.#phase !== 'answering' || !attempt) return;
		const index = attempt.layout.order[this.#step];
		const question = this.assignment.questions[index];
		const given = original(response, attempt.layout.choices[index] ?? []);
		const value = answerValue(given);
		const now = this.clock().getTime();
		const record: AnswerRecord = { response: value, correct: isCorrect(question, value), durationMs: Math.max(0, now - this.#shownAt) };
		await this.#guard('Your answer could not be saved', async () => {
			const answers = attempt.answers.map((a, i) => (i === index ? record : a));
			await this.#save({ ...attempt, answers });
			if (this.assignment.settings.feedback === 'each' && !isLocked(question)) {
				this.#feedback = grade(question, given);
				this.#phase = 'feedback';
			} else {
				this.#advance();
			}
		});
	}

	/** Leaves the feedback of a question. */
	next(): void {
		if (this.#phase === 'feedback') this.#advance();
	}

	#advance(): void {
		const attempt = this.#attempt;
		if (!attempt) return;
		this.#feedback = null;
		if (this.#step + 1 < attempt.layout.order.length) {
			this.#step++;
			this.#phase = 'answering';
			this.#shownAt = this.clock().getTime();
		} else {
			this.#phase = 'review';
		}
	}

	/** Ends the attempt: the result code is made and saved, and the answers join the spaced review. */
	async submit(): Promise<void> {
		const attempt = this.#attempt;
		if (!attempt || attempt.finishedAt !== null || this.#phase === 'done') return;
		this.#ticker.stop();
		await this.#guard('Your answers could not be submitted', async () => {
			const finishedAt = this.clock().getTime();
			await this.#save(await finished(this.assignment.id, attempt, finishedAt));
			this.#phase = 'done';
			// Locked answers cannot be reviewed yet: the questions join the review on release.
			if (!this.locked) await this.#joinReview(attempt.answers, new Date(finishedAt));
		});
	}

	async #joinReview(answers: (AnswerRecord | null)[], now: Date): Promise<void> {
		const settings = await getSrsSettings(this.db);
		this.#reviewDeck = await joinReview(this.db, complete(this.#assignment), this.#origins, answers, now, settings);
	}

	/**
	 * Unlocks the answers with the release code the teacher gave: the attempts are graded, the
	 * code is kept on this device, and the last attempt joins the spaced review. Returns why not.
	 */
	async release(code: string): Promise<string | null> {
		// The screen stays locked until all is kept.
		const unlocked = await this.#store.unlock(this.#assignment, code);
		if (typeof unlocked === 'string') return unlocked;
		const shownId = this.#attempt?.attemptId;
		this.#assignment = unlocked;
		this.#attempt = this.#store.mine.find((a) => a.attemptId === shownId) ?? null;
		const last = this.finishedAttempts.at(-1);
		try {
			if (last) await this.#joinReview(last.answers, this.clock());
			return null;
		} catch (error) {
			return `The answers are unlocked, but they could not be added to your review: ${storageFailureReason(error)}`;
		}
	}

	/** Back to the first screen after a submitted attempt, for another one. */
	restart(): void {
		if (this.#phase !== 'done') return;
		this.#attempt = null;
		this.#phase = 'intro';
	}

	dispose(): void {
		this.#ticker.stop();
	}

	#startTimer(): void {
		if (!this.assignment.settings.timeLimit) return;
		this.#ticker.start(() => {
			this.#now = this.clock().getTime();
			if (this.remainingMs === 0) void this.submit();
		});
	}

	async #save(attempt: AttemptRecord): Promise<void> {
		await this.#store.save(attempt);
		this.#attempt = attempt;
	}

	async #guard(what: string, work: () => Promise<void>): Promise<void> {
		this.#error = null;
		try {
			await work();
		} catch (error) {
			this.#error = `${what}: ${storageFailureReason(error)}`;
		}
	}
}
