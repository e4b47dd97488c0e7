import { isolate } from '$lib/assign/isolate';
import type { Question } from '$lib/bank/schema';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { GenerateOutcome } from '$lib/generate';
import type { GenerateReply, GenerateRequest, GenerateStage } from './generate-protocol';

export interface Draft {
	question: Question;
	included: boolean;
	/** Why the edited question is not valid, or null. */
	problem: string | null;
}

type Generated = Extract<GenerateOutcome, { ok: true }>;

const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * The longest text the generator is given: about 30,000 words, far more than any article, and
 * small enough that the text box stays responsive and generation ends in seconds.
 */
export const MAX_ARTICLE_CHARS = 200_000;

function tooLong(what: string, chars: number): string {
	return `${what} has ${chars.toLocaleString('en')} characters; at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} (about 30,000 words) can be used. Use a shorter part of it.`;
}

/** A new generator worker; Vite bundles it (and the NLP code) as a chunk of its own. */
function startWorker(): Worker {
	return new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
}

export type GeneratorPhase = 'idle' | 'running' | 'review' | 'failed';

const STAGE_LABEL: Record<GenerateStage, string> = {
	sentences: 'Reading sentences',
	facts: 'Finding facts',
	questions: 'Writing questions',
	ranking: 'Checking and ranking'
};

/**
 * The "Make questions" flow: article text goes to a Web Worker, the questions come back as
 * drafts the teacher can untick or edit, and the kept ones are saved as a new deck.
 */
export class GeneratorState {
	#phase = $state<GeneratorPhase>('idle');
	#progress = $state({ label: '', fraction: 0 });
	#failure = $state<string | null>(null);
	#result = $state.raw<Generated | null>(null);
	#drafts = $state<Draft[]>([]);
	#title = $state('');
	#source = $state('');
	/** Why the file opened or the text pasted was not taken, or null. */
	#inputProblem = $state<string | null>(null);
	#worker: Worker | null = null;

	constructor(private readonly makeWorker: () => Worker = startWorker) {}

	get phase(): GeneratorPhase {
		return this.#phase;
	}
	get progress(): { label: string; fraction: number } {
		return this.#progress;
	}
	get failure(): string | null {
		return this.#failure;
	}
	/** The article as the generator read it: source offsets point into this text. */
	get text(): string {
		return this.#result?.text ?? '';
	}
	get drafts(): Draft[] {
		return this.#drafts;
	}
	get title(): string {
		return this.#title;
	}
	set title(value: string) {
		this.#title = value;
	}
	/** The text pasted or opened, before generation. */
	get source(): string {
		return this.#source;
	}
	set source(value: string) {
		this.#source = value;
	}
	get inputProblem(): string | null {
		return this.#inputProblem;
	}

	/** Reads a .txt or .md file into the source box; refuses what is not plain text. */
	async openFile(file: File): Promise<void> {
		this.#inputProblem = null;
		const name = isolate(file.name);
		if (!/\.(txt|md|markdown|text)$/i.test(file.name)) {
			this.#inputProblem = `${name}: open a .txt or .md file`;
			return;
		}
		if (file.size > MAX_FILE_BYTES) {
			this.#inputProblem = `${name}: the file is ${Math.round(file.size / 1024)} KB; at most ${MAX_FILE_BYTES / 1024} KB can be read`;
			return;
		}
		const text = await file.text();
		if (text.includes('\u0000') || text.includes('\uFFFD')) {
			this.#inputProblem = `${name}: this is not a text file (it holds binary data)`;
			return;
		}
		if (text.length > MAX_ARTICLE_CHARS) {
			this.#inputProblem = `${name}: ${tooLong('the file', text.length)}`;
			return;
		}
		this.#source = text;
		if (!this.#title.trim()) this.#title = file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
	}

	/**
	 * Refuses a paste that would make the text longer than the generator reads, so a huge
	 * clipboard never lands in the box; returns whether the paste may go ahead.
	 */
	acceptPaste(pastedChars: number, replacedChars: number): boolean {
		const total = this.#source.length - replacedChars + pastedChars;
		this.#inputProblem = total > MAX_ARTICLE_CHARS ? tooLong('The text with this paste', total) : null;
		return this.#inputProblem === null;
	}

	get includedCount(): number {
		return this.#drafts.filter((d) => d.included).length;
	}
	get canSave(): boolean {
		return this.#title.trim().length > 0 && this.#drafts.some((d) => d.included) && this.#drafts.every((d) => !d.included || d.problem === null);
	}

	generate(): void {
		const text = this.#source;
		const title = this.#title;
		if (text.length > MAX_ARTICLE_CHARS) {
			this.#inputProblem = tooLong('The text', text.length);
			return;
		}
		this.#inputProblem = null;
		this.cancel();
		this.#phase = 'running';
		this.#failure = null;
		this.#progress = { label: 'Starting', fraction: 0 };
		const worker = this.makeWorker();
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<GenerateReply>) => this.#receive(event.data);
		worker.onerror = (event) => this.#fail(`the generator stopped: ${event.message || 'unknown error'}`);
		const request: GenerateRequest = { text, options: { title: title.trim() || undefined } };
		worker.postMessage(request);
	}

	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		if (this.#phase === 'running') this.#phase = 'idle';
	}

	toggle(index: number, included: boolean): void {
		const draft = this.#drafts[index];
		if (draft) draft.included = included;
	}

	/**
	 * Replaces a question with the teacher's edit, validated like any bank question. The validator
	 * loads with the first edit, not with the page: most visits never edit a question.
	 */
	async edit(index: number, question: Question): Promise<void> {
		const draft = this.#drafts[index];
		if (!draft) return;
		draft.question = question;
		try {
			const { questionSchema } = await import('$lib/bank/schema');
			const parsed = questionSchema.safeParse(question);
			draft.problem = parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.') || 'question'}: ${i.message}`).join('; ');
		} catch (error) {
			draft.problem = `question: it could not be checked (${error instanceof Error ? error.message : String(error)}); reload the page and edit it again`;
		}
	}

	/** Saves the ticked questions as a new deck, whole or not at all; returns its id. */
	async save(db: FactdeckDatabase, now: Date): Promise<{ ok: true; bankId: string } | { ok: false; problems: string[] }> {
		const result = this.#result;
		if (!result || !this.canSave) return { ok: false, problems: ['Tick at least one valid question and give the deck a title.'] };
		try {
			// The bank's validator and the database's writers load when a deck is saved, not with the page.
			const [{ describeProblem, parseBank }, { saveBank, unusedBankId }] = await Promise.all([import('$lib/bank'), import('$lib/db')]);
			const id = await unusedBankId(db, result.bank.id);
			const parsed = parseBank({
				...result.bank,
				id,
				title: this.#title.trim(),
				questions: this.#drafts.filter((d) => d.included).map((d) => d.question)
			});
			if (!parsed.ok) return { ok: false, problems: parsed.problems.map(describeProblem) };
			await saveBank(db, parsed.bank, { builtIn: false }, now);
			return { ok: true, bankId: id };
		} catch (error) {
			return { ok: false, problems: [`The deck was not saved; nothing was changed: ${storageFailureReason(error)}`] };
		}
	}

	#receive(message: GenerateReply): void {
		if (message.type === 'progress') {
			this.#progress = { label: STAGE_LABEL[message.stage], fraction: message.fraction };
			return;
		}
		this.#worker?.terminate();
		this.#worker = null;
		if (message.type === 'error') return this.#fail(`the generator stopped: ${message.message}`);
		const outcome = message.outcome;
		if (!outcome.ok) return this.#fail(outcome.reason);
		this.#result = outcome;
		this.#title = outcome.bank.title;
		this.#drafts = outcome.bank.questions.map((question) => ({ question, included: true, problem: null }));
		this.#phase = 'review';
	}

	#fail(reason: string): void {
		this.#failure = `No questions could be made from this text, because ${reason}`;
		this.#phase = 'failed';
	}
}
