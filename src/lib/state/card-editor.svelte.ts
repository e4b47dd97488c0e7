import type { Question } from '$lib/bank/schema';
import { editFields, fieldValues, type EditField, type FieldValues } from '$lib/browse/edit-fields';
import type { FactdeckDatabase } from '$lib/db/database';
import { storageFailureReason } from '$lib/db/storage-failure';

/**
 * Editing one card's question: the form's fields, and on Save either the problems (each
 * naming its field, in words) or the question written. The card's schedule and answers are
 * never touched by an edit.
 */
export class CardEditor {
	readonly fields: EditField[];
	readonly initial: FieldValues;
	#problems = $state.raw<{ field: string; message: string }[]>([]);
	#failure = $state<string | null>(null);
	#saving = $state(false);

	constructor(
		private readonly db: FactdeckDatabase,
		readonly cardId: string,
		private readonly question: Question
	) {
		this.fields = editFields(question.type);
		this.initial = fieldValues(question);
	}

	get problems(): { field: string; message: string }[] {
		return this.#problems;
	}
	get failure(): string | null {
		return this.#failure;
	}
	get saving(): boolean {
		return this.#saving;
	}

	/** Saves the form when the bank's schema accepts it; returns whether it was saved. */
	async save(values: FieldValues): Promise<boolean> {
		// The bank's schema (zod) and the card writer (whose module resets schedules with ts-fsrs)
		// load on the first save, not with Browse.
		const [{ editedQuestion }, { editCardQuestion }] = await Promise.all([import('$lib/browse/edited-question'), import('$lib/db/card-actions')]);
		const result = editedQuestion(this.question, values);
		this.#failure = null;
		if (!result.ok) {
			this.#problems = result.problems;
			return false;
		}
		this.#problems = [];
		this.#saving = true;
		try {
			await editCardQuestion(this.db, this.cardId, result.question);
			return true;
		} catch (error) {
			this.#failure = `The card was not saved: ${storageFailureReason(error)}`;
			return false;
		} finally {
			this.#saving = false;
		}
	}
}
