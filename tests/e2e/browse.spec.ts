import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Question } from '../../src/lib/bank/schema';
import { matchesWords, queryWords } from '../../src/lib/browse/search';
import { answerCurrent, currentQuestion, SEED_ID, seedCount, type SeedQuestion } from './helpers';
import { readTables } from './store';

const seedQuestions = (JSON.parse(readFileSync(`questions/banks/${SEED_ID}.json`, 'utf8')) as { questions: Question[] }).questions;
/** How many seed cards a search finds, by the search rule itself (a unit-tested pure function). */
const found = (text: string) => seedQuestions.filter((q) => matchesWords(q, queryWords(text))).length;

const cardsText = (n: number) => (n === 1 ? '1 card' : `${n} cards`);

async function openBrowse(page: Page, expected = seedCount()): Promise<void> {
	await page.goto('/browse');
	await expect(page.getByRole('heading', { level: 1, name: 'Browse' })).toBeVisible();
	await expect(page.getByText(cardsText(expected), { exact: true })).toBeVisible();
}

async function search(page: Page, text: string, expected: number): Promise<void> {
	await page.getByRole('searchbox', { name: 'Search cards' }).fill(text);
	await expect(page.getByText(cardsText(expected), { exact: true })).toBeVisible();
}

/** The first card study shows now. */
async function firstStudied(page: Page): Promise<string> {
	await page.goto(`/study/${SEED_ID}`);
	return (await currentQuestion(page)).id;
}

async function saveSettings(page: Page, fields: Record<string, string>): Promise<void> {
	await page.goto('/settings');
	for (const [label, value] of Object.entries(fields)) await page.getByLabel(new RegExp(`^${label}`)).fill(value);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
}

test.describe('Browse', () => {
	test('lists every card, finds cards by words and narrows them by type', async ({ page }) => {
		await openBrowse(page);
		expect(found('ALEXEY dyumin')).toBeGreaterThan(0);
		expect(found('ALEXEY dyumin')).toBeLessThan(seedCount());
		await search(page, 'ALEXEY dyumin', found('ALEXEY dyumin'));
		await expect(page.getByRole('button', { name: /^Edit:/ }).first()).toBeVisible();
		await search(page, '', seedCount());
		await page.getByLabel('Type').selectOption('flashcard');
		await expect(page.getByText(cardsText(seedCount('flashcard')), { exact: true })).toBeVisible();
		await page.getByLabel('State').selectOption('review');
		await expect(page.getByText('No cards match.')).toBeVisible();
	});

	test('edits a card: a bad edit is refused in words, a good one kept with the card’s history', async ({ page }) => {
		const studied = await currentQuestionAnswered(page);
		// A cloze must keep its one blank: the edit is valid whatever type the deck's first card is.
		const edited = studied.type === 'cloze' ? 'Edited question text ____' : 'Edited question text';
		await openBrowse(page);
		await page.getByLabel('State').selectOption('learning');
		await expect(page.getByText('1 card', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /^Edit:/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Edit card' })).toBeVisible();
		const prompt = page.getByLabel('Question', { exact: true });
		await prompt.fill('   ');
		await page.getByRole('button', { name: 'Save card' }).click();
		await expect(page.getByRole('alert')).toContainText('Question: must not be empty.');
		await prompt.fill(edited);
		await page.getByRole('button', { name: 'Save card' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Browse' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Edit: Edited question text/ })).toContainText('Learning');
		const { reviews, questions } = await readTables(page, ['reviews', 'questions']);
		expect(reviews).toHaveLength(1);
		expect((questions as { id: string; question: { prompt: string } }[]).find((q) => q.id === studied.id)?.question.prompt).toBe(edited);
	});

	test('suspends and buries cards: study leaves them out until unsuspended or tomorrow', async ({ page }) => {
		const first = await firstStudied(page);
		await openBrowse(page);
		await page.getByLabel('Sort by').selectOption('added:up');
		const row = (n: number) => page.getByRole('checkbox').nth(n);
		await row(0).check();
		await page.getByRole('button', { name: 'Suspend', exact: true }).click();
		await expect(page.getByText(/Suspended 1 card/)).toBeVisible();
		await row(0).uncheck();
		await row(1).check();
		await page.getByRole('button', { name: 'Bury until tomorrow' }).click();
		await expect(page.getByText(/Buried 1 card until tomorrow/)).toBeVisible();
		const next = await firstStudied(page);
		expect(next).not.toBe(first);
		await openBrowse(page);
		await page.getByLabel('State').selectOption('suspended');
		await expect(page.getByText('1 card', { exact: true })).toBeVisible();
		await page.getByLabel('State').selectOption('buried');
		await expect(page.getByText('1 card', { exact: true })).toBeVisible();
		await page.getByLabel('State').selectOption('suspended');
		await page.getByRole('checkbox').first().check();
		await page.getByRole('button', { name: 'Unsuspend' }).click();
		await expect(page.getByText('No cards match.')).toBeVisible();
		expect(await firstStudied(page)).toBe(first);
	});

	test('a card forgotten N times (Settings) is tagged leech and suspended, and study says so', async ({ page }) => {
		const start = new Date('2026-03-02T10:00:00');
		await page.clock.install({ time: start });
		await saveSettings(page, { 'Leech after this many lapses': '1', 'Learning steps': '', 'Relearning steps': '' });
		await page.goto(`/study/${SEED_ID}`);
		const q = await answerCurrent(page);
		await page.clock.setSystemTime(new Date(start.getTime() + 60 * 86_400_000));
		await page.goto(`/study/${SEED_ID}`);
		expect((await currentQuestion(page)).id).toBe(q.id);
		await answerWrong(page, q);
		await expect(page.getByText('You have now forgotten this card once, so it is a leech: it is tagged “leech” and suspended', { exact: false })).toBeVisible();
		await openBrowse(page);
		await page.getByLabel('State').selectOption('leech');
		await expect(page.getByText('1 card', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Edit:/ })).toContainText('Suspended');
		await expect(page.getByRole('button', { name: /^Edit:/ })).toContainText('#leech');
	});

	test('deletes a card after asking', async ({ page }) => {
		await openBrowse(page);
		await page.getByRole('checkbox').first().check();
		await page.getByRole('button', { name: 'Delete…' }).click();
		await expect(page.getByRole('alertdialog')).toContainText('all of its past answers are deleted too');
		await page.getByRole('button', { name: 'Delete card', exact: true }).click();
		await expect(page.getByText(cardsText(seedCount() - 1), { exact: true })).toBeVisible();
		expect((await readTables(page, ['cards'])).cards).toHaveLength(seedCount() - 1);
	});
});

/** Answers the first card of the seed deck; returns its question. */
async function currentQuestionAnswered(page: Page): Promise<SeedQuestion> {
	await page.goto(`/study/${SEED_ID}`);
	return answerCurrent(page);
}

/** Answers the item on screen wrong (Again) and stays on its feedback. */
async function answerWrong(page: Page, q: SeedQuestion): Promise<void> {
	if (q.type === 'flashcard') {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: 'Again' }).click();
		return;
	}
	if (q.type === 'mcq') await page.getByRole('radio', { name: (q.choices ?? [])[(Number(q.answer) + 1) % (q.choices ?? []).length], exact: true }).check();
	else if (q.type === 'true_false') await page.getByRole('radio', { name: q.answer ? 'False' : 'True', exact: true }).check();
	else await page.getByRole('textbox', { name: 'Your answer' }).fill(q.type === 'numeric' ? String(Number(q.answer) + 1000) : 'zzzz qqqq');
	await page.getByRole('button', { name: 'Check' }).click();
}
