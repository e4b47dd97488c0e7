import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCurrent, answersTo, currentQuestion, reviewRows } from './helpers';
import { impossibleStates, readStore } from './store';

/**
 * Answers the item on screen, right, and moves on. Returns false when the other tab had already
 * answered it: the tab then says so and shows the next card. Returns once the answer has landed,
 * so that the tabs take strict turns.
 */
async function tryToAnswer(page: Page): Promise<boolean> {
	const q = await currentQuestion(page);
	const skipped = page.getByRole('status').filter({ hasText: 'answered in another tab' });
	const gone = page.locator(`[data-question-id="${q.id}"]`);
	if (q.type === 'flashcard') {
		// A rating shows the next card before its write lands, so the store tells which way it went.
		const elsewhere = (await answersTo(page, q.id)) > 0;
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).click();
		await expect(gone).toBeHidden();
		if (elsewhere) await expect(skipped).toBeVisible();
		else await expect.poll(() => answersTo(page, q.id)).toBe(1);
		return !elsewhere;
	}
	if (q.type === 'mcq') await page.getByRole('radio', { name: q.choices?.[Number(q.answer)], exact: true }).check();
	else if (q.type === 'true_false') await page.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
	else await page.getByRole('textbox', { name: 'Your answer' }).fill(String(q.answer));
	await page.getByRole('button', { name: 'Check' }).click();
	const next = page.getByRole('button', { name: 'Next' });
	await expect(next.or(skipped)).toBeVisible();
	if (await skipped.isVisible()) return false;
	await next.click();
	await expect(gone).toBeHidden();
	return true;
}

test.describe('two tabs studying the same deck', () => {
	test('an answer given in one tab is not recorded again in the other, which moves on and says why', async ({ context }) => {
		// Two pages taking ten turns: give them room on a busy machine.
		test.slow();
		const a = await context.newPage();
		const b = await context.newPage();
		await a.goto('/study/winter-drone-campaign');
		await b.goto('/study/winter-drone-campaign');
		const shown = await currentQuestion(b);
		expect((await currentQuestion(a)).id).toBe(shown.id);
		await expect(b.getByTestId('left-new')).toHaveText('20 new');

		await answerCurrent(a);
		// Tab B hears of it: one new card fewer is left, and the answer counts in the session both share.
		await expect(b.getByTestId('left-new')).toHaveText('19 new');
		await expect(b.getByTestId('done-count')).toHaveText('1 done');
		expect(await tryToAnswer(b)).toBe(false);
		await expect(b.locator('[data-question-id]')).toBeVisible();
		expect(await reviewRows(b)).toBe(1);

		// Both go on, taking turns: every answer is stored once, every card's history is whole.
		let answered = 1;
		for (let turn = 0; turn < 8; turn++) if (await tryToAnswer(turn % 2 === 0 ? a : b)) answered++;
		const store = await readStore(a);
		expect(store.reviews).toHaveLength(answered);
		expect(impossibleStates(store)).toEqual([]);
	});

	test('Home in one tab keeps its counts true while another tab studies', async ({ context }) => {
		const home = await context.newPage();
		const study = await context.newPage();
		await home.goto('/');
		const deck = home.locator('li', { has: home.getByRole('link', { name: /^Study Russia and Ukraine/ }) });
		await expect(deck.getByTestId('new-count')).toHaveText('20 new');
		await study.goto('/study/winter-drone-campaign');
		await answerCurrent(study);
		await answerCurrent(study);
		// No reload: the other tab's answers reached Home.
		await expect(deck.getByTestId('new-count')).toHaveText('18 new');
	});
});
