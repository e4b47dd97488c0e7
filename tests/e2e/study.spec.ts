import { expect, test } from './fixtures';
import { answerCurrent, currentQuestion, reviewRows, SEED_TITLE, setNewPerDay, type SeedQuestion } from './helpers';

test.describe('studying the seed deck', () => {
	test('home lists the deck with due and new counts and a Study link', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		const deck = page.locator('li', { has: page.getByRole('heading', { name: SEED_TITLE }) });
		await expect(deck.getByTestId('new-count')).toHaveText('20 new');
		await expect(deck.getByTestId('due-count')).toHaveText('0 due');
		await deck.getByRole('link', { name: 'Study' }).click();
		await expect(page).toHaveURL(/\/study\/winter-drone-campaign$/);
		await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
	});

	test('a session shows every item type, grades it and shows the source sentence', async ({ page }) => {
		await setNewPerDay(page, 200);
		await page.goto('/study/winter-drone-campaign');
		const seen = new Set<SeedQuestion['type']>();
		let wrongDone = false;
		for (let i = 0; i < 60 && seen.size < 6; i++) {
			const q = await currentQuestion(page);
			if (q.type !== 'flashcard' && !wrongDone) {
				await answerCurrent(page, { wrong: true });
				wrongDone = true;
			} else {
				await answerCurrent(page);
			}
			seen.add(q.type);
		}
		expect([...seen].sort()).toEqual(['cloze', 'flashcard', 'mcq', 'numeric', 'short_answer', 'true_false']);
	});

	test('feedback names the right answer and quotes the article', async ({ page }) => {
		await setNewPerDay(page, 200);
		await page.goto('/study/winter-drone-campaign');
		for (let i = 0; i < 60; i++) {
			const q = await currentQuestion(page);
			if (q.type === 'numeric') {
				await page.getByRole('textbox', { name: 'Your answer' }).fill(String(Number(q.answer) + 500));
				await page.getByRole('button', { name: 'Check' }).click();
				await expect(page.getByRole('status')).toHaveText('Not quite');
				await expect(page.getByText(/^Answer:/)).toContainText(String(q.answer));
				await expect(page.getByText('From the article')).toBeVisible();
				return;
			}
			await answerCurrent(page);
		}
		throw new Error('no numeric question came up');
	});

	test('keys: digits pick, Enter checks and continues, Space reveals, 1-4 rate', async ({ page }) => {
		await setNewPerDay(page, 200);
		await page.goto('/study/winter-drone-campaign');
		let didQuiz = false;
		let didCard = false;
		for (let i = 0; i < 60 && !(didQuiz && didCard); i++) {
			const q = await currentQuestion(page);
			if (q.type === 'mcq' && !didQuiz) {
				await page.locator('body').focus();
				await page.keyboard.press(String(Number(q.answer) + 1));
				await expect(page.getByRole('radio', { name: q.choices?.[Number(q.answer)], exact: true })).toBeChecked();
				await page.keyboard.press('Enter');
				await expect(page.getByRole('status')).toHaveText(/^Correct/);
				await page.keyboard.press('Enter');
				await expect(page.locator(`[data-question-id="${q.id}"]`)).toBeHidden();
				didQuiz = true;
			} else if (q.type === 'flashcard' && !didCard) {
				await page.keyboard.press('Space');
				await expect(page.getByText(q.back ?? '', { exact: true })).toBeVisible();
				for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
					await expect(page.getByRole('button', { name: new RegExp(`^${name} \\S+`) })).toBeVisible();
				}
				await page.keyboard.press('4');
				await expect(page.locator(`[data-question-id="${q.id}"]`)).toBeHidden();
				didCard = true;
			} else {
				await answerCurrent(page);
			}
		}
		expect(didQuiz && didCard).toBe(true);
	});

	test('the session ends on a summary of items, correct answers and time', async ({ page }) => {
		await setNewPerDay(page, 3);
		await page.goto('/study/winter-drone-campaign');
		let answered = 0;
		let correct = 0;
		let graded = 0;
		const summary = page.getByRole('heading', { name: 'Session complete' });
		while (!(await summary.isVisible())) {
			if (answered >= 20) throw new Error('the session did not end');
			const q = await currentQuestion(page);
			const wrong = answered === 0 && q.type !== 'flashcard';
			await answerCurrent(page, { wrong });
			answered++;
			if (q.type !== 'flashcard') {
				graded++;
				if (!wrong) correct++;
			}
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		await expect(page.getByTestId('summary-items')).toHaveText(String(answered));
		await expect(page.getByTestId('summary-correct')).toContainText(`${correct} of ${graded}`);
		await expect(page.getByText('Time')).toBeVisible();
		await page.getByRole('link', { name: 'Back to decks' }).click();
		const deck = page.locator('li', { has: page.getByRole('heading', { name: SEED_TITLE }) });
		await expect(deck.getByTestId('new-count')).toHaveText('0 new');
	});

	test('Undo takes back the last answer and shows its item again', async ({ page }) => {
		await page.goto('/study/winter-drone-campaign');
		const undo = page.getByRole('button', { name: 'Undo' });
		await expect(undo).toBeDisabled();
		const first = await answerCurrent(page);
		const second = await answerCurrent(page);
		expect(await reviewRows(page)).toBe(2);
		await undo.click();
		await expect(page.locator(`[data-question-id="${second.id}"]`)).toBeVisible();
		await page.keyboard.press('Control+z');
		await expect(page.locator(`[data-question-id="${first.id}"]`)).toBeVisible();
		await expect(undo).toBeDisabled();
		expect(await reviewRows(page)).toBe(0);
		await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '0');
	});
});

test.describe('progress that tells the truth', () => {
	test('shows new, learning and review apart, is never full while cards remain, and survives a reload with its Undo', async ({ page }) => {
		await setNewPerDay(page, 3);
		await page.goto('/study/winter-drone-campaign');
		const bar = page.getByRole('progressbar', { name: 'Session progress' });
		await expect(page.getByTestId('left-new')).toHaveText('3 new');
		await expect(page.getByTestId('left-learning')).toHaveText('0 learning');
		await expect(page.getByTestId('done-count')).toHaveText('0 done');

		// A wrong answer (or Again) brings the card back as learning: it is still left.
		await answerCurrent(page, { wrong: true, flashcardRating: 'Again' });
		await expect(page.getByTestId('left-new')).toHaveText('2 new');
		await expect(page.getByTestId('left-learning')).toHaveText('1 learning');
		await expect(page.getByTestId('done-count')).toHaveText('1 done');
		const second = await answerCurrent(page);
		await expect(page.getByTestId('done-count')).toHaveText('2 done');

		await page.reload();
		await expect(page.locator('[data-question-id]')).toBeVisible();
		await expect(page.getByTestId('done-count')).toHaveText('2 done');
		await expect(page.getByTestId('left-new')).toHaveText('1 new');
		const undo = page.getByRole('button', { name: 'Undo' });
		await expect(undo).toBeEnabled();
		await undo.click();
		await expect(page.locator(`[data-question-id="${second.id}"]`)).toBeVisible();
		await expect(page.getByTestId('done-count')).toHaveText('1 done');
		expect(await reviewRows(page)).toBe(1);

		const summary = page.getByRole('heading', { name: 'Session complete' });
		let answered = 1;
		while (!(await summary.isVisible())) {
			if (answered >= 20) throw new Error('the session did not end');
			expect(Number(await bar.getAttribute('aria-valuenow')), 'the bar reads full with a card on screen').toBeLessThan(100);
			await answerCurrent(page);
			answered++;
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		// Every answer of the session, before and after the reload, is on its summary.
		await expect(page.getByTestId('summary-items')).toHaveText(String(answered));
		expect(await reviewRows(page)).toBe(answered);
	});
});

test.describe('after studying', () => {
	test('Home says when the next card is due and offers Study more: more new cards today', async ({ page }) => {
		// Two cards, so that a card coming back from its learning step never follows itself.
		await setNewPerDay(page, 2);
		await page.goto('/study/winter-drone-campaign');
		const summary = page.getByRole('heading', { name: 'Session complete' });
		for (let i = 0; i < 10 && !(await summary.isVisible()); i++) {
			await answerCurrent(page);
			await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
		}
		await expect(page.getByTestId('next-due')).toHaveText(/^Next card (in \d+ (hours?|minutes?)|tomorrow)\.$/);
		await page.getByRole('link', { name: 'Back to decks' }).click();

		const deck = page.locator('li', { has: page.getByRole('heading', { name: SEED_TITLE }) });
		await expect(deck.getByTestId('due-count')).toHaveText('0 due');
		await expect(deck.getByTestId('new-count')).toHaveText('0 new');
		await expect(deck.getByTestId('next-due')).toHaveText(/^Next card (in \d+ (hours?|minutes?)|tomorrow)$/);
		await deck.getByRole('link', { name: `Study more of ${SEED_TITLE}` }).click();
		// The session of a moment ago resumes, on its summary.
		await expect(summary).toBeVisible();
		await expect(page.getByTestId('summary-items')).toHaveText('4');
		await page.getByRole('button', { name: '10 more new cards today' }).click();
		await expect(page.locator('[data-question-id]')).toBeVisible();
		await expect(page.getByTestId('left-new')).toHaveText('10 new');
		await page.goto('/');
		await expect(deck.getByTestId('new-count')).toHaveText('10 new');
	});
});
