import { SvelteSet } from 'svelte/reactivity';
import { isAssignable } from '$lib/assign/assignable';
import { FEEDBACK_MODES, type FeedbackMode } from '$lib/assign/feedback-modes';
import type { AssignedQuestion, AssignmentSettings, settingsSchema as SettingsSchema } from '$lib/assign/schema';
import type { AssignmentRecord, PickRecord } from '$lib/db/assignment-records';
import { putAssignment } from '$lib/db/assignments';
import type { FactdeckDatabase } from '$lib/db/database';
import type { DeckQuestions } from '$lib/db/deck-questions';
import { storageFailureReason } from '$lib/db/storage-failure';

export interface Candidate {
	key: string;
	bankId: string;
	deckTitle: string;
	question: AssignedQuestion;
}

const keyOf = (p: PickRecord) => `${p.bankId}\u0000${p.questionId}`;

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local field holds it. */
function localInput(t: number | undefined): string {
	if (t === undefined) return '';
	const d = new Date(t);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const optional = (n: number | null) => (n === null ? undefined : n);

export type EditorMode = 'new' | 'edit' | 'duplicate';

/**
 * The assignment form: title, instructions, teacher, the questions picked from any deck (with
 * search and filters) and the settings. Saving publishes the assignment (signed link and file)
 * and stores it, whole or not at all.
 */
export class AssignmentEditor {
	title = $state('');
	instructions = $state('');
	teacherName = $state('');
	due = $state('');
	// Number fields hold a number, or null when left empty (as `bind:value` on them gives).
	attempts = $state<number | null>(null);
	shuffleQuestions = $state(false);
	shuffleChoices = $state(false);
	timeLimit = $state<number | null>(null);
	feedback = $state<FeedbackMode>('end');
	passMark = $state<number | null>(null);
	hideAnswers = $state(false);

	search = $state('');
	deckFilter = $state('');
	typeFilter = $state('');
	tagFilter = $state('');

	#selected = new SvelteSet<string>();
	#problems = $state<string[]>([]);
	#saving = $state(false);
	readonly #base: AssignmentRecord | undefined;

	constructor(
		private readonly decks: readonly DeckQuestions[],
		readonly mode: EditorMode,
		base: AssignmentRecord | undefined,
		defaultTeacher: string
	) {
		this.#base = base;
		this.teacherName = base?.teacherName ?? defaultTeacher;
		if (!base) return;
		this.title = mode === 'duplicate' ? `${base.title} (copy)`.slice(0, 200) : base.title;
		this.instructions = base.instructions;
		const s = base.settings;
		this.due = localInput(s.due);
		this.attempts = s.attempts ?? null;
		this.shuffleQuestions = s.shuffleQuestions;
		this.shuffleChoices = s.shuffleChoices;
		this.timeLimit = s.timeLimit ?? null;
		this.feedback = s.feedback;
		this.passMark = s.passMark ?? null;
		this.hideAnswers = s.hideAnswers;
		for (const pick of base.picks) this.#selected.add(keyOf(pick));
	}

	readonly feedbackModes = FEEDBACK_MODES;

	/** Every gradable question of every deck, in deck order. */
	readonly all: Candidate[] = $derived.by(() =>
		this.decks.flatMap((d) =>
			d.questions.filter(isAssignable).map((question) => ({
				key: keyOf({ bankId: d.bank.id, questionId: question.id }),
				bankId: d.bank.id,
				deckTitle: d.bank.title,
				question
			}))
		)
	);

	get deckOptions(): { id: string; title: string }[] {
		return this.decks.map((d) => ({ id: d.bank.id, title: d.bank.title }));
	}

	get tagOptions(): string[] {
		return [...new Set(this.all.flatMap((c) => c.question.tags))].sort();
	}

	/** The questions the search and filters leave. */
	readonly shown: Candidate[] = $derived.by(() => {
		const words = this.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
		return this.all.filter((c) => {
			if (this.deckFilter && c.bankId !== this.deckFilter) return false;
			if (this.typeFilter && c.question.type !== this.typeFilter) return false;
			if (this.tagFilter && !c.question.tags.includes(this.tagFilter)) return false;
			const text = [c.question.prompt, ...(c.question.type === 'mcq' ? c.question.choices : [])].join(' ').toLowerCase();
			return words.every((w) => text.includes(w));
		});
	});

	isSelected(key: string): boolean {
		return this.#selected.has(key);
	}
	toggle(key: string, on: boolean): void {
		if (on) this.#selected.add(key);
		else this.#selected.delete(key);
	}
	selectShown(): void {
		for (const c of this.shown) this.#selected.add(c.key);
	}
	clearShown(): void {
		for (const c of this.shown) this.#selected.delete(c.key);
	}
	get selectedCount(): number {
		return this.all.filter((c) => this.#selected.has(c.key)).length;
	}
	get problems(): string[] {
		return this.#problems;
	}
	get saving(): boolean {
		return this.#saving;
	}

	#validate(settingsSchema: typeof SettingsSchema): { problems: string[]; settings?: AssignmentSettings } {
		const problems: string[] = [];
		if (!this.title.trim()) problems.push('Title: give the assignment a title.');
		if (this.title.trim().length > 200) problems.push('Title: at most 200 characters.');
		if (!this.teacherName.trim()) problems.push('Your name: students see who the assignment is from.');
		if (this.teacherName.trim().length > 100) problems.push('Your name: at most 100 characters.');
		if (this.instructions.length > 4000) problems.push('Instructions: at most 4000 characters.');
		if (this.selectedCount === 0) problems.push('Questions: pick at least one question.');
		const due = this.due ? new Date(this.due).getTime() : undefined;
		if (due !== undefined && Number.isNaN(due)) problems.push('Due: this is not a date and time.');
		const parsed = settingsSchema.safeParse({
			due,
			attempts: optional(this.attempts),
			shuffleQuestions: this.shuffleQuestions,
			shuffleChoices: this.shuffleChoices,
			timeLimit: optional(this.timeLimit),
			feedback: this.feedback,
			passMark: optional(this.passMark),
			hideAnswers: this.hideAnswers
		});
		const names: Record<string, string> = { attempts: 'Attempts allowed (1–99)', timeLimit: 'Time limit (1–600 minutes)', passMark: 'Pass mark (1–100%)' };
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const field = String(issue.path[0] ?? '');
				problems.push(`${names[field] ?? field}: enter a whole number in range, or leave it empty.`);
			}
		}
		return { problems, settings: parsed.success ? parsed.data : undefined };
	}

	/** Publishes and stores the assignment; returns its id, or lists what to fix. */
	async save(db: FactdeckDatabase, now: Date): Promise<{ ok: true; id: string } | { ok: false }> {
		this.#saving = true;
		try {
			// The settings' schema and publishing (signing, the wire format: zod) load on the first
			// save, not with the form.
			const [{ settingsSchema }, { publish, randomId }] = await Promise.all([import('$lib/assign/schema'), import('./publish')]);
			const { problems, settings } = this.#validate(settingsSchema);
			this.#problems = problems;
			if (problems.length > 0 || !settings) return { ok: false };
			const id = this.mode === 'edit' && this.#base ? this.#base.id : randomId();
			const picks = this.all.filter((c) => this.#selected.has(c.key)).map((c) => ({ bankId: c.bankId, questionId: c.question.id }));
			const meta = { id, title: this.title.trim(), instructions: this.instructions.trim(), teacherName: this.teacherName.trim(), settings };
			const published = await publish(db, meta, picks, this.decks, this.mode === 'edit' ? this.#base?.published.releaseCode : undefined);
			const t = now.getTime();
			const createdAt = this.mode === 'edit' && this.#base ? this.#base.createdAt : t;
			await putAssignment(db, { ...meta, picks, published, createdAt, updatedAt: t });
			return { ok: true, id };
		} catch (error) {
			this.#problems = [`Nothing of it was stored: ${storageFailureReason(error)}`];
			return { ok: false };
		} finally {
			this.#saving = false;
		}
	}
}
