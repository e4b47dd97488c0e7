import { expect, test } from './fixtures';
import { answerCurrent, reviewRows, SEED_TITLE, setNewPerDay } from './helpers';

test.describe('offline', () => {
	test('after one visit online, the app starts and a whole session works offline', async ({ context, page }) => {
		await setNewPerDay(page, 3);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			if (!registration.active) throw new Error('no active service worker');
		});

		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

		// A page rendered at build time comes from the precache as it is; any other address gets
		// the SPA fallback, which opens the page the address names.
		await page.goto('/collection');
		await expect(page.getByRole('heading', { name: 'Back up and import' })).toBeVisible();
		await page.goto('/settings');
		await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

		// A deep link works offline too: the service worker serves the app shell for it.
		await page.goto('/study/winter-drone-campaign');
		const summary = page.getByRole('heading', { name: 'Session complete' });
		let answered = 0;
		while (!(await summary.isVisible())) {
			if (answered >= 20) throw new Error('the session did not end');
			await answerCurrent(page);
			answered++;
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		expect(answered).toBeGreaterThanOrEqual(3);
		expect(await reviewRows(page)).toBe(answered);
	});

	test('the web manifest names the app and its icons, and the icons load', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifest = await (await request.get(href ?? '')).json();
		expect(manifest).toMatchObject({ name: 'Factdeck', short_name: 'Factdeck', display: 'standalone', start_url: '/' });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
		for (const icon of manifest.icons as { src: string }[]) {
			const res = await request.get(icon.src);
			expect(res.status(), icon.src).toBe(200);
			expect(res.headers()['content-type']).toContain('image/png');
		}
	});

	test('a deep link opened first registers the one service worker at the root, for every page', async ({ page }) => {
		await page.goto('/study/winter-drone-campaign');
		await expect(page.locator('[data-question-id]')).toBeVisible();
		// A worker asked for at /study/sw.js is a 404, and `ready` would never settle: wait a while only.
		const worker = await page.evaluate(async () => {
			const ready = navigator.serviceWorker.ready.then((r) => ({ scope: r.scope, script: r.active?.scriptURL ?? '' }));
			return Promise.race([ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))]);
		});
		expect(worker).not.toBeNull();
		expect(new URL(worker?.scope ?? '').pathname).toBe('/');
		expect(new URL(worker?.script ?? '').pathname).toBe('/sw.js');
	});
});
