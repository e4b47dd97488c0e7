import { readFileSync } from 'node:fs';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { awaitInteractive } from './fixtures';

interface SeedQuestion {
	id: string;
	type: string;
	prompt: string;
	choices?: string[];
	answer: number | string | boolean;
}

const seed = JSON.parse(readFileSync('questions/banks/winter-drone-campaign.json', 'utf8')) as { questions: SeedQuestion[] };
const byId = new Map(seed.questions.map((q) => [q.id, q]));

/** A desktop browser context of its own, for the teacher. */
export async function teacherContext(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
	awaitInteractive(context);
	return context;
}

/** Waits until the service worker controls the page: from then on the app works offline. */
export async function installed(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
		}
	});
}

/** Makes an assignment through the form and returns its link. `pick` picks the questions. */
export async function createAssignment(
	page: Page,
	options: { title: string; teacher: string; pick: (page: Page) => Promise<void>; feedback?: string; passMark?: string }
): Promise<string> {
	await page.goto('/');
	await page.getByRole('link', { name: 'Teach' }).click();
	await page.getByRole('link', { name: 'New assignment' }).click();
	await page.getByLabel('Title').fill(options.title);
	await page.getByLabel('Your name, as students see it').fill(options.teacher);
	await options.pick(page);
	if (options.feedback) await page.getByRole('radio', { name: options.feedback }).check();
	if (options.passMark) await page.getByLabel('Pass mark, %').fill(options.passMark);
	await page.getByRole('button', { name: 'Save assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: options.title })).toBeVisible();
	return page.getByRole('textbox', { name: 'The assignment link' }).inputValue();
}

/**
 * Answers the assignment question on screen, right unless `wrong`. Seed questions are looked up
 * by id; others take `fallback` (the text to type or the choice to pick).
 */
export async function answerQuestion(page: Page, opts: { wrong?: boolean; choice?: string } = {}): Promise<void> {
	const item = page.locator('[data-question-id]');
	await expect(item).toBeVisible();
	const id = (await item.getAttribute('data-question-id')) ?? '';
	const q = byId.get(id);
	if (opts.choice !== undefined) {
		await page.getByRole('radio', { name: opts.choice, exact: true }).check();
	} else if (q?.type === 'true_false') {
		const value = opts.wrong ? !q.answer : q.answer;
		await page.getByRole('radio', { name: value ? 'True' : 'False', exact: true }).check();
	} else if (q?.type === 'mcq') {
		const choices = q.choices ?? [];
		const index = opts.wrong ? (Number(q.answer) + 1) % choices.length : Number(q.answer);
		await page.getByRole('radio', { name: choices[index], exact: true }).check();
	} else if (q) {
		await page.getByRole('textbox', { name: 'Your answer' }).fill(opts.wrong ? 'zzzz' : String(q.answer));
	} else {
		throw new Error(`no answer known for question ${id}`);
	}
	await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
	await expect(page.locator(`[data-question-id="${id}"]`)).toBeHidden();
}

/** Outside text as the app sets it inside its messages (see isolate() in src/lib/assign). */
export const iso = (text: string): string => `\u2068${text}\u2069`;
