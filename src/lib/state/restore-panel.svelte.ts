import type { FactdeckDatabase } from '$lib/db/database';
import type { RestorePlan } from '$lib/db/backup';
import { storageFailureReason } from '$lib/db/storage-failure';
import type { Backup } from '$lib/formats/backup';
import { FileReadError } from './errors';

const work = () => import('./collection-work');

/** Where a restore stands: nothing is written before `confirm()`. */
export type RestoreStep =
	| { kind: 'idle' }
	| { kind: 'checking'; file: string }
	| { kind: 'confirm'; file: string; backup: Backup; plan: RestorePlan }
	| { kind: 'restoring'; file: string }
	| { kind: 'restored'; file: string; decks: number; reviews: number }
	| { kind: 'refused'; file: string; message: string }
	| { kind: 'cancelled'; file: string }
	| { kind: 'failed'; file: string; reason: string };

/**
 * Restoring a backup file: it is checked whole, the learner is told what it will replace and
 * confirms, then it replaces everything in one transaction. A damaged file changes nothing.
 */
export class RestorePanel {
	#step = $state.raw<RestoreStep>({ kind: 'idle' });

	/** `db` may still be opening (the collection page shows before storage is ready): each use awaits it. */
	constructor(
		private readonly db: FactdeckDatabase | Promise<FactdeckDatabase>,
		private readonly onChange: () => void | Promise<void> = () => {}
	) {}

	get step(): RestoreStep {
		return this.#step;
	}
	get busy(): boolean {
		return this.#step.kind === 'checking' || this.#step.kind === 'restoring';
	}

	async pick(file: File): Promise<void> {
		if (this.busy) return;
		this.#step = { kind: 'checking', file: file.name };
		try {
			const [text, { checkBackup }] = await Promise.all([readText(file), work()]);
			const checked = await checkBackup(await this.db, text);
			this.#step = checked.ok
				? { kind: 'confirm', file: file.name, backup: checked.backup, plan: checked.plan }
				: { kind: 'refused', file: file.name, message: checked.message };
		} catch (error) {
			this.#step = { kind: 'failed', file: file.name, reason: reasonOf(error) };
		}
	}

	async confirm(): Promise<void> {
		const step = this.#step;
		if (step.kind !== 'confirm') return;
		this.#step = { kind: 'restoring', file: step.file };
		try {
			const { restore } = await work();
			await restore(await this.db, step.backup);
			this.#step = { kind: 'restored', file: step.file, decks: step.plan.incoming.banks, reviews: step.plan.incoming.reviews };
			await this.onChange();
		} catch (error) {
			this.#step = { kind: 'failed', file: step.file, reason: reasonOf(error) };
		}
	}

	cancel(): void {
		const step = this.#step;
		if (step.kind === 'confirm') this.#step = { kind: 'cancelled', file: step.file };
	}
}

async function readText(file: File): Promise<string> {
	try {
		return await file.text();
	} catch (error) {
		throw new FileReadError(error instanceof Error ? error.message : String(error));
	}
}

function reasonOf(error: unknown): string {
	if (error instanceof FileReadError) return `the file could not be read (${error.message}). Pick it again.`;
	return storageFailureReason(error);
}
