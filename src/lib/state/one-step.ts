import { storageFailureReason } from '$lib/db/storage-failure';

/**
 * Runs a study session's steps one at a time, so a double tap cannot record the same answer
 * twice. A step that fails is told in words, named by what it was doing.
 */
export class OneStep {
	#busy = false;

	constructor(
		/** Clears what the last step said, as a new one starts. */
		private readonly onStart: () => void,
		private readonly onFail: (message: string) => void
	) {}

	/** Whether a step is under way. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Runs `step` unless one is under way (then does nothing); `failure` heads its error. */
	async run(failure: string, step: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			this.onStart();
			await step();
		} catch (error) {
			this.onFail(`${failure}: ${storageFailureReason(error)}`);
		} finally {
			this.#busy = false;
		}
	}
}
