import { cpSync, appendFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test } from './fixtures';
import sirv from 'sirv';

// A deployment of its own, on its own port, so that this test can publish a "new version"
// (a changed service worker) without touching the server the other tests use.
const DIR = 'tests/.tmp/update-build';
const PORT = 4183;
let server: Server;

test.beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	cpSync('build', DIR, { recursive: true });
	server = createServer(sirv(DIR, { single: '200.html', dev: true }));
	await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(DIR, { recursive: true, force: true });
});

test('a new version is announced and applied when the learner agrees', async ({ page }) => {
	const url = `http://127.0.0.1:${PORT}/`;
	await page.goto(url);
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await expect(page.getByText('A new version of Factdeck is ready.')).toBeHidden();

	appendFileSync(`${DIR}/sw.js`, '\n// next version\n');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});

	await expect(page.getByText('A new version of Factdeck is ready.')).toBeVisible();
	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.getByText('A new version of Factdeck is ready.')).toBeHidden();
	const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
	expect(waiting).toBeNull();
});
