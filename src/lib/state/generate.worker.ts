/// <reference lib="webworker" />
// Runs the question generator off the main thread, so the page stays responsive on long
// articles and the NLP code is loaded only when someone generates questions.
import { generateBank } from '$lib/generate';
import type { GenerateReply, GenerateRequest } from './generate-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: GenerateReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
	try {
		const outcome = generateBank(event.data.text, {
			...event.data.options,
			onProgress: (stage, fraction) => reply({ type: 'progress', stage, fraction })
		});
		reply({ type: 'done', outcome });
	} catch (error) {
		reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
