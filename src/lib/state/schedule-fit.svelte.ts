import type { FactdeckDatabase } from '$lib/db/database';
import { countReviewsUpTo } from '$lib/db/fit-reads';
import { getSrsSettings } from '$lib/db/settings-read';
import { storageFailureReason } from '$lib/db/storage-failure';
import { FIT_MIN_REVIEWS } from '$lib/srs/fit-threshold';
import type { FitOutcome, FitReply, FitRequest } from './fit-protocol';

function startWorker(): Worker {
	return new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
}

export type FitPhase = 'idle' | 'running' | 'done' | 'error';

/** One line of the before/after comparison, as the page shows it. */
export interface FitRow {
	label: string;
	before: string;
	after: string;
}

const STAGES: Readonly<Record<'reading' | 'fitting' | 'comparing', string>> = {
	reading: 'Reading your answers…',
	fitting: 'Fitting the schedule to your answers… On a long history this takes a minute or two.',
	comparing: 'Comparing the fit with the schedule in use…'
};

const days = (n: number) => (n === 1 ? '1 day' : `${n.toLocaleString('en')} days`);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The fit against the schedule in use, in words a learner can weigh. */
export function fitRows(outcome: FitOutcome): FitRow[] {
	return [
		{ label: 'Prediction error (log loss)', before: outcome.before.logLoss.toFixed(3), after: outcome.after.logLoss.toFixed(3) },
		{ label: 'Calibration error (RMSE)', before: percent(outcome.before.rmse), after: percent(outcome.after.rmse) },
		{ label: 'A new card answered Good first comes back after', before: days(outcome.firstGoodBefore), after: days(outcome.firstGoodAfter) }
	];
}

/**
 * Settings' "Fit the schedule": counts the answers, fits FSRS to them in a Worker, shows the
 * fit beside the parameters in use, and applies it (or FSRS's defaults again) on request.
 */
export class ScheduleFitState {
	/** The learner's answers, counted up to the number a fit needs (exactly, once a fit has read them all). */
	reviews = $state(0);
	/** Whether fitted parameters are in use rather than FSRS's defaults. */
	fitted = $state(false);
	phase = $state<FitPhase>('idle');
	stage = $state('');
	outcome = $state<FitOutcome | null>(null);
	message = $state('');
	#worker: Worker | null = null;

	constructor(
		private readonly db: FactdeckDatabase,
		private readonly makeWorker: () => Worker = startWorker
	) {}

	get enough(): boolean {
		return this.reviews >= FIT_MIN_REVIEWS;
	}
	/** Whether the fit predicts the learner's answers better than what is in use. */
	get better(): boolean {
		return this.outcome !== null && this.outcome.after.logLoss < this.outcome.before.logLoss;
	}

	async load(): Promise<void> {
		const [reviews, settings] = await Promise.all([countReviewsUpTo(this.db, FIT_MIN_REVIEWS), getSrsSettings(this.db)]);
		this.reviews = reviews;
		this.fitted = settings.parameters !== null;
	}

	async start(): Promise<void> {
		if (this.phase === 'running') return;
		const settings = await getSrsSettings(this.db);
		const request: FitRequest = {
			database: this.db.name,
			current: settings.parameters,
			dayStartHour: settings.dayStartHour,
			desiredRetention: settings.desiredRetention,
			now: Date.now()
		};
		this.phase = 'running';
		this.outcome = null;
		this.message = '';
		this.stage = STAGES.reading;
		const worker = this.makeWorker();
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<FitReply>) => this.#receive(event.data);
		worker.onerror = (event) => this.#fail(`The fit stopped with an error: ${event.message || 'the fitting code could not run'}.`);
		worker.postMessage(request);
	}

	cancel(): void {
		this.#stop();
		this.phase = 'idle';
		this.message = 'Fitting cancelled. Nothing was changed.';
	}

	/** Puts the fitted parameters in use, or FSRS's defaults with `null`. */
	async use(parameters: number[] | null): Promise<void> {
		try {
			// The writer and its schema (zod) load when a schedule is chosen, not with Settings.
			const { updateSrsSettings } = await import('$lib/db/settings');
			await updateSrsSettings(this.db, { parameters });
			this.fitted = parameters !== null;
			this.phase = 'idle';
			this.outcome = null;
			this.message = parameters
				? 'The fitted schedule is in use: cards you answer from now on are scheduled with it.'
				: 'FSRS’s default schedule is in use again.';
		} catch (error) {
			this.message = `The schedule was not changed: ${storageFailureReason(error)}`;
		}
	}

	/** Leaves the schedule as it is and forgets the fit. */
	keep(): void {
		this.phase = 'idle';
		this.outcome = null;
		this.message = 'Nothing was changed.';
	}

	#receive(reply: FitReply): void {
		if (reply.type === 'stage') {
			this.stage = STAGES[reply.stage];
			return;
		}
		this.#stop();
		if (reply.type === 'done') {
			this.outcome = reply.outcome;
			this.reviews = reply.outcome.reviews;
			this.phase = 'done';
		} else if (reply.type === 'too-few') {
			this.reviews = reply.reviews;
			this.phase = 'idle';
		} else this.#fail(`The fit stopped with an error: ${reply.message}`);
	}

	#fail(message: string): void {
		this.#stop();
		this.phase = 'error';
		this.message = message;
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
