import { expect, test } from './fixtures';
import { answerCurrent, currentQuestion, reviewRows, SEED_TITLE } from './helpers';

test.describe('nothing is lost', () => {
	test('answers and counts survive a reload', async ({ page }) => {
		await page.goto('/study/winter-drone-campaign');
		const first = await answerCurrent(page);
		await answerCurrent(page);
		await answerCurrent(page);
		expect(await reviewRows(page)).toBe(3);

		await page.reload();
		expect(await reviewRows(page)).toBe(3);
		// The first card is now in learning, not new: it does not come back as the first card.
		expect((await currentQuestion(page)).id).not.toBe(first.id);
		await page.goto('/');
		const deck = page.locator('li', { has: page.getByRole('heading', { name: SEED_TITLE }) });
		await expect(deck.getByTestId('new-count')).toHaveText('17 new');
	});

	test('a tab closed without unloading after 5 answers keeps all 5', async ({ context }) => {
		const page = await context.newPage();
		await page.goto('/study/winter-drone-campaign');
		for (let i = 0; i < 5; i++) await answerCurrent(page);
		// No beforeunload, no pagehide work: the page is torn down as a killed tab would be.
		await page.close({ runBeforeUnload: false });

		const again = await context.newPage();
		await again.goto('/');
		await expect(again.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		expect(await reviewRows(again)).toBe(5);
		const deck = again.locator('li', { has: again.getByRole('heading', { name: SEED_TITLE }) });
		await expect(deck.getByTestId('new-count')).toHaveText('15 new');
	});

	test('a checked quiz answer is saved before Next is pressed', async ({ context }) => {
		const page = await context.newPage();
		await page.goto('/study/winter-drone-campaign');
		for (let i = 0; i < 20; i++) {
			const q = await currentQuestion(page);
			if (q.type === 'flashcard') {
				await answerCurrent(page);
				continue;
			}
			const before = await reviewRows(page);
			if (q.type === 'mcq') await page.getByRole('radio').first().check();
			else if (q.type === 'true_false') await page.getByRole('radio', { name: 'True' }).check();
			else await page.getByRole('textbox', { name: 'Your answer' }).fill('something');
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
			await page.close({ runBeforeUnload: false });
			const again = await context.newPage();
			await again.goto('/');
			await expect(again.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
			expect(await reviewRows(again)).toBe(before + 1);
			return;
		}
		throw new Error('no quiz item came up');
	});
});
