import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

const executablePath = CHROMIUM_PATH;
// The machine has no network but the loopback: keep Chromium from reaching out at all.
const args = CHROMIUM_ARGS;
// FACTDECK_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.FACTDECK_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'tests/.tmp/playwright.json' }]],
	use: {
		baseURL: BASE_URL,
		launchOptions: { executablePath, args },
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'phone',
			use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
		},
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testMatch: /study\.spec\.ts/
		}
	],
	webServer: {
		command: `npx sirv build --single 200.html --host 127.0.0.1 --port ${PORT}`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
