// The plain test: these pages are looked at before, or without, the app running.
import { expect, test } from '@playwright/test';
import { SEED_TITLE } from './helpers';

// Pages whose frame is rendered when the app is built paint it before any JavaScript runs; the
// app then takes over that same markup rather than drawing a second copy.

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	const frames = [
		{ route: '/', heading: 'Your decks', shows: 'Loading your decks…' },
		{ route: '/study/winter-drone-campaign', heading: null, shows: 'Loading…' },
		{ route: '/collection', heading: 'Back up and import', shows: null },
		{ route: '/generate', heading: 'Make questions', shows: null },
		{ route: '/browse', heading: 'Browse', shows: null },
		{ route: '/stats', heading: 'Statistics', shows: null },
		{ route: '/teach', heading: 'Teach', shows: 'Loading your assignments…' },
		{ route: '/settings', heading: 'Settings', shows: 'New cards per day' },
		{ route: '/teach/new', heading: 'New assignment', shows: 'Loading your decks…' },
		{ route: '/teach/import', heading: 'Import results', shows: 'Paste result codes or links' }
	];
	for (const { route, heading, shows } of frames) {
		test(`${route} paints the header and its own frame`, async ({ page }) => {
			await page.goto(route);
			const banner = page.getByRole('banner');
			await expect(banner.getByRole('link', { name: 'Factdeck' })).toBeVisible();
			await expect(banner.getByRole('link', { name: 'Settings' })).toBeVisible();
			if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			if (shows) await expect(page.getByText(shows)).toBeVisible();
			// Taps on the frame count only once the app has marked the page interactive.
			await expect(page.locator('html[data-interactive]')).toHaveCount(0);
		});
	}
});

test('the app takes over the painted frame: one header, one heading, then the decks', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') problems.push(m.text());
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toHaveCount(1);
	await expect(page.getByText('Loading your decks…')).toHaveCount(0);
	await expect(page.locator('html[data-interactive]')).toHaveCount(1);
	expect(problems.filter((p) => /hydrat/i.test(p))).toEqual([]);
});

test('a deck that was not built in opens from the fallback page at its own address', async ({ page }) => {
	await page.goto('/study/no-such-deck');
	await expect(page.getByRole('heading', { name: 'Deck not found' })).toBeVisible();
	await expect(page.getByRole('banner')).toHaveCount(1);
});

// A chunk the page imports but does not preload is found only once its importer has downloaded
// and run: one more round trip before the first card on a phone's network.
test.describe('modulepreload', () => {
	const pages = ['/', '/study/winter-drone-campaign', '/settings', '/teach/new'];
	for (const route of pages) {
		test(`${route} preloads every chunk its preloaded chunks import statically`, async ({ request }) => {
			const html = await (await request.get(route)).text();
			const base = new URL(route, 'http://app.test/');
			const listed = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => new URL(m[1], base).pathname);
			expect(listed.length).toBeGreaterThan(3);
			const missing: string[] = [];
			for (const path of listed) {
				const code = await (await request.get(path)).text();
				// Static imports as the minifier writes them: `from"./x.js"` and `import"./x.js"`.
				for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
					const imported = new URL(m[1], new URL(path, 'http://app.test/')).pathname;
					if (!listed.includes(imported)) missing.push(`${path} imports ${imported}`);
				}
			}
			expect(missing).toEqual([]);
		});
	}
});
