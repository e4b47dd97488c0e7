// Debian's Chromium driven by playwright-core, with an on-disk profile (IndexedDB on disk, as on
// a phone), the phone viewport of the e2e tests, and no network but the loopback.
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { FactdeckBench } from './page/entry';

export interface Probe {
	arm(name: string, selector: string): void;
	result(): Promise<number>;
	firstCard(): number | null;
	scripts(): string[];
}

declare global {
	interface Window {
		__probe: Probe;
	}
}

export async function launch(profileDir: string, baseURL: string): Promise<BrowserContext> {
	rmSync(profileDir, { recursive: true, force: true });
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		baseURL,
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	context.setDefaultTimeout(60_000);
	await context.addInitScript({ path: 'tests/bench/page/probe.js' });
	return context;
}

/** Loads the bench's in-page entry into an app page (a script, so the service worker lets it through). */
export async function benchIn(page: Page): Promise<void> {
	await page.addScriptTag({ url: '/__bench/entry.js', type: 'module' });
	await page.waitForFunction(() => window.factdeckBench !== undefined);
}

export type { FactdeckBench };

/** Times `act` (a click) until an element matching `selector` is new in the document. */
export async function timed(page: Page, name: string, selector: string, act: () => Promise<void>): Promise<number> {
	await page.evaluate(([n, s]) => window.__probe.arm(n, s), [name, selector] as const);
	await act();
	return page.evaluate(() => window.__probe.result());
}
