// What the bench does in the browser, as a learner would: open Home, study a deck, start the app
// again from the service worker's cache. Each returns raw timings in milliseconds.
import type { BrowserContext, Page } from 'playwright-core';
import { answerOf } from './page/deck';
import { timed } from './browser';

export const WARM_UP = 5;
export const SAMPLES = 50;

/** Opens Home, waits for its deck counts and for the service worker to take charge. */
export async function openHome(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByTestId('due-count').first().waitFor();
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** Settings, then the brand link back to Home: from the click to the deck counts on screen. */
export async function homeCounts(page: Page): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < WARM_UP + SAMPLES; i++) {
		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByRole('heading', { level: 1 }).and(page.getByText('Settings')).waitFor();
		const ms = await timed(page, 'home-counts', '[data-testid="due-count"]', () => page.getByRole('link', { name: 'Factdeck' }).click());
		if (i >= WARM_UP) times.push(ms);
	}
	return times;
}

export interface StudyTimes {
	/** Flashcard rating (saved before the next card shows) to the next card on screen. */
	gradeToNext: number[];
	/** Quiz `Check` (the answer is saved) to the feedback on screen. */
	checkToFeedback: number[];
	/** Quiz `Next` to the next card on screen. */
	nextToCard: number[];
}

/** Studies the deck from Home, answering right, until each path was timed `wanted` times. */
export async function study(page: Page, title: string, wanted = SAMPLES): Promise<StudyTimes> {
	const times: StudyTimes = { gradeToNext: [], checkToFeedback: [], nextToCard: [] };
	await page.goto('/');
	await page.getByRole('link', { name: `Study ${title}` }).click();
	const item = page.locator('[data-question-id]');
	const done = page.getByRole('heading', { name: 'Session complete' });
	const enough = () => Object.values(times).every((list: number[]) => list.length >= wanted);
	for (let answered = 0; !enough(); answered++) {
		await item.or(done).first().waitFor();
		if (await done.isVisible()) throw new Error(`the session ended after ${answered} answers, before ${wanted} samples of each path`);
		const warm = answered < WARM_UP * 2;
		const keep = (list: number[], ms: number) => !warm && list.push(ms);
		if ((await item.getAttribute('data-type')) === 'flashcard') {
			await page.getByRole('button', { name: 'Show answer' }).click();
			keep(times.gradeToNext, await timed(page, 'grade-to-next', '[data-question-id]', () => page.getByRole('button', { name: /^Good/ }).click()));
			continue;
		}
		const id = (await item.getAttribute('data-question-id')) ?? '';
		await page.getByRole('textbox', { name: 'Your answer' }).fill(answerOf(Number(id.slice(1))));
		keep(times.checkToFeedback, await timed(page, 'check', '[role="status"]', () => page.getByRole('button', { name: 'Check' }).click()));
		keep(times.nextToCard, await timed(page, 'next', '[data-question-id]', () => page.getByRole('button', { name: 'Next' }).click()));
	}
	return times;
}

/** A new tab opens the deck (the service worker serves the app): navigation start to the first card. */
export async function coldStarts(context: BrowserContext, bankId: string): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < WARM_UP + SAMPLES; i++) {
		const page = await context.newPage();
		await page.goto(`/study/${bankId}`);
		await page.locator('[data-question-id]').waitFor();
		const [ms, controlled] = await page.evaluate(() => [window.__probe.firstCard(), navigator.serviceWorker.controller !== null] as const);
		await page.close();
		if (!controlled) throw new Error('the service worker did not serve the cold start');
		if (ms === null) throw new Error('the first card was not marked');
		if (i >= WARM_UP) times.push(ms);
	}
	return times;
}

/** The first card row of Browse's list with its card read (not the placeholder of a row on its way). */
const BROWSE_ROW = '[role="list"][aria-label="Cards"] [role="listitem"] button.open';

export interface BrowseTimes {
	/** The header's Browse link (from Settings) to the first card row on screen. */
	open: number[];
	/** A change of the sort to the first row of the new list on screen. */
	sort: number[];
}

/** Opens Browse over every card of every deck, and sorts it, as a learner looking for cards. */
export async function browse(page: Page): Promise<BrowseTimes> {
	const times: BrowseTimes = { open: [], sort: [] };
	await page.goto('/settings');
	for (let i = 0; i < WARM_UP + SAMPLES; i++) {
		await page.getByRole('heading', { level: 1 }).and(page.getByText('Settings')).waitFor();
		const ms = await timed(page, 'browse-open', BROWSE_ROW, () => page.getByRole('link', { name: 'Browse' }).click());
		if (i >= WARM_UP) times.open.push(ms);
		await page.getByRole('link', { name: 'Settings' }).click();
	}
	await page.getByRole('link', { name: 'Browse' }).click();
	await page.locator(BROWSE_ROW).first().waitFor();
	for (let i = 0; i < WARM_UP + SAMPLES; i++) {
		// By difficulty, then by due again: each choice reads every card anew through another index.
		const sort = i % 2 === 0 ? 'difficulty:up' : 'due:up';
		const ms = await timed(page, 'browse-sort', BROWSE_ROW, () =>
			page
				.getByRole('combobox', { name: /^Sort by/ })
				.selectOption(sort)
				.then(() => {})
		);
		if (i >= WARM_UP) times.sort.push(ms);
	}
	return times;
}

export interface StatisticsTimes {
	/** Home's Statistics link to the calendar on screen: the answer charts, drawn from the day summaries. */
	answers: number[];
	/** The same link to the last card chart on screen: every card of every deck read and summed. */
	cards: number[];
}

const CALENDAR = 'svg[aria-label^="Calendar heatmap"]';
const LAST_CARD_CHART = 'svg[aria-label^="Retrievability"]';

/** Opens Statistics from Home, timing one kind of chart a visit: the answer charts, then the card charts. */
export async function statistics(page: Page): Promise<StatisticsTimes> {
	const times: StatisticsTimes = { answers: [], cards: [] };
	await openHome(page);
	for (let i = 0; i < 2 * (WARM_UP + SAMPLES); i++) {
		const [list, selector] = i % 2 === 0 ? [times.answers, CALENDAR] : [times.cards, LAST_CARD_CHART];
		const ms = await timed(page, 'stats', selector, () => page.getByRole('link', { name: 'Statistics' }).click());
		if (i >= 2 * WARM_UP) list.push(ms);
		// Both kinds drawn before leaving, so no read of this visit runs on into the next.
		await Promise.all([page.locator(CALENDAR).waitFor(), page.locator(LAST_CARD_CHART).waitFor()]);
		await page.getByRole('link', { name: 'Factdeck' }).click();
		await page.getByTestId('due-count').first().waitFor();
	}
	return times;
}
