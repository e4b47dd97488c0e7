/// <reference lib="webworker" />
// Fits the schedule off the main thread: reading a long review log and running the optimiser
// take seconds, and the page must stay responsive (and cancellable) meanwhile.
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { openDatabase, readFitReviews } from '$lib/db';
import { computeFit } from './fit-compute';
import type { FitReply, FitRequest } from './fit-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: FitReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<FitRequest>) => {
	// fsrs-browser's thread-pool helper listens for its own messages on this scope too.
	if (typeof event.data?.database !== 'string') return;
	try {
		reply({ type: 'stage', stage: 'reading' });
		const db = await openDatabase(event.data.database);
		const reviews = await readFitReviews(db).finally(() => db.close());
		await init({ module_or_path: wasmUrl });
		reply(
			computeFit(
				() => new Fsrs(),
				reviews,
				event.data,
				(stage) => reply({ type: 'stage', stage })
			)
		);
	} catch (error) {
		reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
