import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCurrent, SEED_ID, SEED_TITLE } from './helpers';

// The statistics page shows what the learner did: cards by state and today's reviews.

function countOf(page: Page, row: string) {
	return page
		.getByRole('table', { name: 'Cards by state' })
		.getByRole('row', { name: new RegExp(`^${row} `) })
		.getByRole('cell');
}

function todayFigure(page: Page, name: string) {
	return page
		.getByRole('region', { name: 'Today' })
		.locator('div')
		.filter({ has: page.getByRole('term').getByText(name, { exact: true }) })
		.getByRole('definition');
}

test.describe('statistics', () => {
	test('counts and today’s reviews match what was studied, per deck and overall', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Statistics' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
		const total = Number(
			await page
				.getByRole('table', { name: 'Cards by state' })
				.getByRole('row', { name: /^Total / })
				.getByRole('cell')
				.textContent()
		);
		expect(total).toBeGreaterThan(3);
		await expect(todayFigure(page, 'Reviews today')).toHaveText('0');

		await page.goto(`/study/${SEED_ID}`);
		await answerCurrent(page);
		await answerCurrent(page, { wrong: true, flashcardRating: 'Again' });
		await answerCurrent(page);

		await page.goto(`/stats?deck=${SEED_ID}`);
		await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue(SEED_ID);
		await expect(todayFigure(page, 'Reviews today')).toHaveText('3');
		await expect(todayFigure(page, 'Streak')).toHaveText('1 day');
		await expect(countOf(page, 'New')).toHaveText(String(total - 3));
		await expect(countOf(page, 'Learning')).toHaveText('3');
		await expect(countOf(page, 'Review')).toHaveText('0');

		await page.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'All decks' });
		await expect(todayFigure(page, 'Reviews today')).toHaveText('3');
		await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue('');
		await expect(page.getByRole('option', { name: SEED_TITLE })).toHaveCount(1);

		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
	});
});
