import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCurrent, currentQuestion, SEED_ID, SEED_TITLE, setNewPerDay } from './helpers';
import { importFile } from './hostile';
import { answerQuestion, createAssignment } from './teach-helpers';

// axe-core on every route and on each state of the study screen: no violation of any rule.

async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	// axe asks for at least one h1 and ordered levels; a screen has exactly one h1, and no
	// heading is itself a live region.
	const h1 = await page.locator('h1:visible').count();
	if (h1 !== 1) found.push(`one h1 per screen: ${h1} found`);
	const liveHeadings = await page.locator(':is(h1, h2, h3, h4, h5, h6)[role="status"], :is(h1, h2, h3, h4, h5, h6)[aria-live]').count();
	if (liveHeadings > 0) found.push(`${liveHeadings} heading(s) with role=status or aria-live`);
	return found;
}

// Each screen is checked in the light and the dark theme: contrast differs between them.
for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`accessibility (axe-core), ${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test('the theme follows the system', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
			const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 21, 25)' : 'rgb(247, 245, 240)');
		});
		for (const [name, path, ready] of [
			['Home', '/', 'Your decks'],
			['Settings', '/settings', 'Settings'],
			['A deck screen', `/deck/${SEED_ID}`, SEED_TITLE],
			['A deck that is not there', '/deck/gone', 'Deck not found'],
			['Statistics', '/stats', 'Statistics'],
			['Browse', '/browse', 'Browse'],
			['Back up and import', '/collection', 'Back up and import'],
			['Make questions', '/generate', 'Make questions'],
			['Teach', '/teach', 'Teach'],
			['New assignment', '/teach/new', 'New assignment'],
			['Import results', '/teach/import', 'Import results'],
			['Open an assignment', '/a', 'Open an assignment'],
			['A broken assignment link', '/a#a1.broken', 'This assignment cannot be opened'],
			['A result link', '/r#r1.broken', 'Student result']
		] as const) {
			test(`${name} has no violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
				await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('the deck screen asking to confirm, and Home offering Undo, have no violations', async ({ page }) => {
			await page.goto('/');
			await importFile(page, 'mine.json', {
				schemaVersion: 1,
				id: 'mine',
				title: 'Mine',
				language: 'en',
				questions: [{ id: 'a', type: 'flashcard', prompt: 'Front', back: 'Back', tags: [] }]
			});
			await page.getByRole('link', { name: 'Options for Mine' }).click();
			await page.getByRole('button', { name: 'Delete deck…' }).click();
			expect(await violations(page), 'asking to delete').toEqual([]);
			await page.getByRole('button', { name: 'Delete 1 card' }).click();
			await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
			expect(await violations(page), 'Undo offered').toEqual([]);
		});

		test('the study screen has no violations in any of its states', async ({ page }) => {
			// Five axe runs: give them room on a busy machine.
			test.slow();
			await page.goto('/study/winter-drone-campaign');
			const seen = new Set<string>();
			for (let i = 0; i < 40 && seen.size < 4; i++) {
				const q = await currentQuestion(page);
				if (q.type === 'flashcard' && !seen.has('revealed')) {
					expect(await violations(page), 'flashcard front').toEqual([]);
					await page.getByRole('button', { name: 'Show answer' }).click();
					expect(await violations(page), 'flashcard back').toEqual([]);
					await page.getByRole('button', { name: /^Good/ }).click();
					// The rated card leaves before the loop reads the item on screen again.
					await expect(page.getByRole('button', { name: /^Good/ })).toBeHidden();
					seen.add('revealed');
					continue;
				}
				if (q.type !== 'flashcard' && !seen.has(q.type === 'mcq' ? 'choices' : 'typed')) {
					expect(await violations(page), `${q.type} question`).toEqual([]);
					seen.add(q.type === 'mcq' ? 'choices' : 'typed');
				}
				if (q.type !== 'flashcard' && !seen.has('feedback')) {
					if (q.type === 'mcq' || q.type === 'true_false') await page.getByRole('radio').first().check();
					else await page.getByRole('textbox', { name: 'Your answer' }).fill('not it');
					await page.getByRole('button', { name: 'Check' }).click();
					await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
					expect(await violations(page), 'feedback').toEqual([]);
					seen.add('feedback');
					await page.getByRole('button', { name: 'Next' }).click();
					await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
					continue;
				}
				await answerCurrent(page);
			}
			expect(seen.size).toBe(4);
		});

		test('the session summary and a missing deck have no violations', async ({ page }) => {
			await setNewPerDay(page, 2);
			await page.goto('/study/winter-drone-campaign');
			const summary = page.getByRole('heading', { name: 'Session complete' });
			for (let i = 0; i < 10 && !(await summary.isVisible()); i++) {
				await answerCurrent(page);
				await expect(page.locator('[data-question-id]').or(summary)).toBeVisible();
			}
			await expect(summary).toBeVisible();
			expect(await violations(page), 'summary').toEqual([]);
			await page.goto('/study/no-such-deck');
			await expect(page.getByRole('alert')).toBeVisible();
			expect(await violations(page), 'missing deck').toEqual([]);
		});

		test('an assignment, its editor, and a student taking it have no violations', async ({ page }) => {
			test.slow();
			const link = await createAssignment(page, {
				title: 'Checked by axe',
				teacher: 'Ms Rivera',
				pick: async (p) => {
					await p.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'True or false' });
					await p.getByRole('button', { name: /^Select all shown/ }).click();
				}
			});
			expect(await violations(page), 'assignment').toEqual([]);
			await page.getByRole('link', { name: 'Edit' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Edit assignment' })).toBeVisible();
			expect(await violations(page), 'editor').toEqual([]);

			await page.goto(link);
			await expect(page.getByRole('heading', { level: 1, name: 'Checked by axe' })).toBeVisible();
			expect(await violations(page), 'intro').toEqual([]);
			await page.getByLabel('Your name').fill('Ana Lima');
			await page.getByRole('button', { name: 'Start' }).click();
			await expect(page.locator('[data-question-id]')).toBeVisible();
			expect(await violations(page), 'question').toEqual([]);
			const ready = page.getByRole('heading', { name: 'Ready to submit?' });
			for (let i = 0; i < 10 && !(await ready.isVisible()); i++) await answerQuestion(page);
			await page.getByRole('button', { name: 'Submit' }).click();
			await expect(page.getByTestId('score')).toBeVisible();
			expect(await violations(page), 'done').toEqual([]);
		});
	});
}
