/** Calls a function once a second until stopped: the clock of a timed attempt. */
export class Ticker {
	#id: ReturnType<typeof setInterval> | null = null;

	start(tick: () => void): void {
		this.#id ??= setInterval(tick, 1000);
	}

	stop(): void {
		if (this.#id) clearInterval(this.#id);
		this.#id = null;
	}
}
