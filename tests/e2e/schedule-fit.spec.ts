import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { fsrs, generatorParameters } from 'ts-fsrs';
import { installed, SEED_ID } from './helpers';
import { readTables } from './store';

// Fitting the schedule to the learner's own answers, offline, with Anki's optimiser in a Worker.

const DAY = 86_400_000;

interface Answer {
	cardId: string;
	bankId: string;
	questionId: string;
	rating: number;
	phaseBefore: string;
	reviewedAt: number;
	durationMs: number;
}

/** A year of answers of a learner who forgets a new card within a day of first seeing it. */
function history(cards: number, now: number): Answer[] {
	const w = [...generatorParameters().w];
	w[2] = 0.5;
	const model = fsrs(generatorParameters({ w }));
	let seed = 3;
	const draw = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const start = now - 200 * DAY;
	const answers: Answer[] = [];
	for (let c = 0; c < cards; c++) {
		const base = { cardId: `fit/${c}`, bankId: SEED_ID, questionId: `fit-${c}`, durationMs: 4000 };
		answers.push({ ...base, rating: 3, phaseBefore: 'new', reviewedAt: start + c * 60_000 });
		let state = model.next_state(null, 0, 3);
		let day = 0;
		for (const gap of [1, 2, 4, 8, 16, 32]) {
			day += gap;
			const rating = draw() < model.forgetting_curve(gap, state.stability) ? 3 : 1;
			answers.push({ ...base, rating, phaseBefore: 'review', reviewedAt: start + day * DAY + c * 60_000 });
			state = model.next_state(state, gap, rating);
		}
	}
	return answers;
}

/** Adds answers to the review log as the app stores them, in one transaction. */
async function addAnswers(page: Page, answers: Answer[]): Promise<void> {
	await page.evaluate(async (rows) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('reviews', 'readwrite');
			for (const row of rows) tx.objectStore('reviews').add(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, answers);
}

async function storedParameters(page: Page): Promise<unknown> {
	const { settings } = await readTables(page, ['settings']);
	const srs = (settings as { key: string; value: { parameters?: unknown } }[]).find((row) => row.key === 'srs');
	return srs?.value.parameters ?? null;
}

test('with too few answers, Settings says how many a fit needs', async ({ page }) => {
	await page.goto('/settings');
	const fit = page.getByRole('region', { name: 'Fit the schedule to you' });
	await expect(fit).toContainText('You have 0 answers; a fit needs at least 1,000.');
	await expect(fit.getByRole('button', { name: /^Fit to my/ })).toHaveCount(0);
});

test('a year of answers fits offline, shows the change, and is applied and undone on request', async ({ page, context }) => {
	// Reading 1,400 answers and fitting them takes seconds on a busy machine.
	test.slow();
	await page.goto('/');
	await installed(page);
	const answers = history(200, Date.now());
	await addAnswers(page, answers);
	await context.setOffline(true);

	await page.goto('/settings');
	const fit = page.getByRole('region', { name: 'Fit the schedule to you' });
	await expect(fit).toContainText('In use: the default schedule.');
	await fit.getByRole('button', { name: 'Fit to my answers' }).click();
	const table = fit.getByRole('table', { name: 'The schedule in use and the fitted one' });
	await expect(table).toBeVisible({ timeout: 60_000 });
	await expect(fit).toContainText('Fitted to 1,400 answers on 200 cards.');
	const logLoss = table.getByRole('row', { name: /^Prediction error/ }).getByRole('cell');
	const [before, after] = (await logLoss.allTextContents()).map(Number);
	expect(after).toBeLessThan(before);
	const firstGood = table.getByRole('row', { name: /first comes back after/ }).getByRole('cell');
	const [daysBefore, daysAfter] = (await firstGood.allTextContents()).map((text) => parseInt(text, 10));
	expect(daysAfter).toBeLessThan(daysBefore);
	expect(await storedParameters(page)).toBeNull();

	await fit.getByRole('button', { name: 'Use the fitted schedule' }).click();
	await expect(fit.getByRole('status')).toHaveText(/The fitted schedule is in use/);
	await expect(fit).toContainText('In use: a schedule fitted to your answers.');
	const parameters = await storedParameters(page);
	expect(parameters).toHaveLength(21);
	expect((parameters as number[])[2]).toBeLessThan(generatorParameters().w[2]);

	// The form saves its own fields and leaves the fitted schedule in place.
	await page.getByLabel('New cards per day').fill('15');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect.poll(() => storedParameters(page)).toEqual(parameters);

	await fit.getByRole('button', { name: 'Back to the default schedule' }).click();
	await expect(fit).toContainText('In use: the default schedule.');
	expect(await storedParameters(page)).toBeNull();
});
