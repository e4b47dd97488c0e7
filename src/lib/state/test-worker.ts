/**
 * Stands in for a Web Worker in unit tests: records each request and answers it at once with
 * the given replies, in order.
 */
export class FakeWorker<Request, Reply> {
	onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	requests: Request[] = [];
	terminated = false;
	constructor(private readonly replies: Reply[]) {}
	postMessage(request: Request) {
		this.requests.push(request);
		for (const reply of this.replies) this.onmessage?.({ data: reply } as MessageEvent<Reply>);
	}
	terminate() {
		this.terminated = true;
	}
	/** This fake where the code under test expects a Worker. */
	asWorker(): Worker {
		return this as unknown as Worker;
	}
}
