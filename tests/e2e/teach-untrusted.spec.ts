import { awaitInteractive, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerQuestion, createAssignment } from './teach-helpers';

/** Each payload would set window.__pwned if it ever ran as markup or script. */
const DECK_TITLE = `<img src=x onerror="window.__pwned='deck'">Deck`;
const PROMPT = `<script>window.__pwned='prompt'</script> Which one is right?`;
const CHOICE = `<img src=x onerror="window.__pwned='choice'">`;
const OTHER = '<b>bold</b>';
const TYPED_PROMPT = `<svg onload="window.__pwned='svg'"></svg> Type the tag`;
const TITLE = `<img src=x onerror="window.__pwned='title'">Quiz`;
const TEACHER = `<script>window.__pwned='teacher'</script>`;
const STUDENT = `\u202Eevil <img src=y onerror="window.__pwned='student'">`;

const bank = {
	schemaVersion: 1,
	id: 'payloads',
	title: DECK_TITLE,
	language: 'en',
	questions: [
		{ id: 'q1', type: 'mcq', prompt: PROMPT, choices: [CHOICE, OTHER], answer: 0, tags: ['<i>tag</i>'] },
		{ id: 'q2', type: 'short_answer', prompt: TYPED_PROMPT, answer: '<i>x</i>' }
	]
};

async function nothingRan(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
	await expect(page.locator('main img, main script, main b, main i, main iframe')).toHaveCount(0);
}

test('script and markup in titles, names, prompts and choices are shown as plain text, and nothing runs', async ({ page, browser }, testInfo) => {
	// Two browsers, a service worker and a whole class loop: give it room on a busy machine.
	test.slow();
	await page.goto('/');
	await page
		.getByLabel('Import a deck (.json)')
		.setInputFiles({ name: 'payloads.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bank)) });
	await expect(page.getByRole('heading', { name: DECK_TITLE })).toBeVisible();

	const link = await createAssignment(page, {
		title: TITLE,
		teacher: TEACHER,
		pick: async (p) => {
			await p.getByRole('combobox', { name: 'Deck' }).selectOption({ label: DECK_TITLE });
			await p.getByRole('button', { name: /^Select all shown/ }).click();
			await expect(p.getByText(PROMPT)).toBeVisible();
		}
	});
	await nothingRan(page);

	const studentContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 }, isMobile: true });
	awaitInteractive(studentContext);
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(student.getByText(TEACHER)).toBeVisible();
	await student.getByLabel('Your name').fill(STUDENT);
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByRole('heading', { name: PROMPT })).toBeVisible();
	await expect(student.getByRole('radio', { name: OTHER, exact: true })).toBeVisible();
	await answerQuestion(student, { choice: OTHER });
	await expect(student.getByRole('heading', { name: TYPED_PROMPT })).toBeVisible();
	await student.getByRole('textbox', { name: 'Your answer' }).fill('<u>wrong</u>');
	await student.getByRole('button', { name: 'Finish' }).click();
	await student.getByRole('button', { name: 'Submit' }).click();
	await expect(student.getByText(CHOICE, { exact: true })).toBeVisible();
	await nothingRan(student);
	const resultLink = await student.getByRole('textbox', { name: 'The result link' }).inputValue();
	await studentContext.close();

	await page.goto(resultLink);
	await expect(page.getByText(/added\.$/)).toBeVisible();
	await page.goto('/teach');
	await page.getByRole('link', { name: TITLE }).click();
	const row = page.getByRole('row', { name: /evil/ });
	await expect(row).toContainText('0/2');
	// The name is isolated, so its right-to-left override cannot flip the cells around it.
	await expect(row.locator('bdi')).toHaveText(STUDENT);
	await expect(page.getByText(`“${OTHER}” (1)`)).toBeVisible();
	await expect(page.getByText('“<u>wrong</u>” (1)')).toBeVisible();
	await nothingRan(page);
});
