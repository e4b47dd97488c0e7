import { inflateRawSync } from 'node:zlib';
import { awaitInteractive, expect, test } from './fixtures';
import { answerQuestion, createAssignment, iso } from './teach-helpers';

const bank = {
	schemaVersion: 1,
	id: 'rivers',
	title: 'Rivers',
	language: 'en',
	questions: [
		{ id: 'r1', type: 'mcq', prompt: 'Which river runs through Kyiv?', choices: ['Volga', 'Dnipro', 'Don'], answer: 1 },
		{ id: 'r2', type: 'short_answer', prompt: 'Name the sea south of Odesa.', answer: 'Black Sea' }
	]
};

test('hidden answers: the link does not carry them, and the release code shows the student their score', async ({ page, browser }, testInfo) => {
	// Two browsers, a service worker and a whole class loop: give it room on a busy machine.
	test.slow();
	await page.goto('/');
	await page
		.getByLabel('Import a deck (.json)')
		.setInputFiles({ name: 'rivers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bank)) });
	await expect(page.getByRole('heading', { name: 'Rivers' })).toBeVisible();
	const link = await createAssignment(page, {
		title: 'Rivers quiz',
		teacher: 'Ms Rivera',
		pick: async (p) => {
			await p.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'Rivers' });
			await p.getByRole('button', { name: /^Select all shown/ }).click();
			await p.getByRole('checkbox', { name: 'Hide the answers until I release them' }).check();
		}
	});
	const releaseCode = (await page.getByTestId('release-code').textContent()) ?? '';
	expect(releaseCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
	const body = link.split('#')[1].split('.')[1];
	const json = inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8');
	expect(json).toContain('Which river runs through Kyiv?');
	expect(json).not.toContain('Black Sea');
	expect(json).not.toContain('"answer"');

	const studentContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 }, isMobile: true });
	awaitInteractive(studentContext);
	const student = await studentContext.newPage();
	await student.goto(link);
	await student.getByLabel('Your name').fill('Ana');
	await student.getByRole('button', { name: 'Start' }).click();
	await answerQuestion(student, { choice: 'Dnipro' });
	await student.getByRole('textbox', { name: 'Your answer' }).fill('Red Sea');
	await student.getByRole('button', { name: 'Finish' }).click();
	await student.getByRole('button', { name: 'Submit' }).click();
	await expect(student.getByText(/keeps the answers locked/)).toBeVisible();
	await expect(student.getByTestId('score')).toHaveCount(0);
	const resultLink = await student.getByRole('textbox', { name: 'The result link' }).inputValue();

	// The teacher grades with the answers they hold.
	await page.goto(resultLink);
	await expect(page.getByText(`${iso('Ana')} (${iso('Rivers quiz')}): added.`)).toBeVisible();
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Rivers quiz' }).click();
	await expect(page.getByRole('row', { name: /Ana/ })).toContainText('1/2 (50%)');

	await student.getByLabel('Release code').fill('AAAAA-AAAAA');
	await student.getByRole('button', { name: 'Show my results' }).click();
	await expect(student.getByRole('alert')).toHaveText('This is not the release code of this assignment. Check it with your teacher.');
	await student.getByLabel('Release code').fill(releaseCode.toLowerCase());
	await student.getByRole('button', { name: 'Show my results' }).click();
	await expect(student.getByTestId('score')).toContainText('1 of 2');
	await expect(student.getByText('Black Sea')).toBeVisible();
	await studentContext.close();
});
