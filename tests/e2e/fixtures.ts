import { test as base, type BrowserContext, type Page, type Response } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Prerendered routes paint their frame before the app runs, and a tap or a picked file before
 * then is lost. Every page of the context waits, after each load, for the mark the root layout
 * sets once it is mounted.
 */
export function awaitInteractive(context: BrowserContext): void {
	context.on('page', wrapLoads);
	for (const page of context.pages()) wrapLoads(page);
}

const wrapped = new WeakSet<Page>();

function wrapLoads(page: Page): void {
	if (wrapped.has(page)) return;
	wrapped.add(page);
	// Only the app's pages get the mark; a test may open an icon or a file to reach the origin.
	const interactive = async (response: Response | null) => {
		if (response && !/text\/html/.test(response.headers()['content-type'] ?? '')) return;
		await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
	};
	const thenInteractive =
		<A extends unknown[]>(load: (...args: A) => Promise<Response | null>) =>
		async (...args: A) => {
			const response = await load(...args);
			await interactive(response);
			return response;
		};
	page.goto = thenInteractive(page.goto.bind(page));
	page.reload = thenInteractive(page.reload.bind(page));
}

export const test = base.extend({
	context: async ({ context }, use) => {
		awaitInteractive(context);
		await use(context);
	}
});
