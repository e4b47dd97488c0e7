import { expect, test } from './fixtures';
import { SEED_TITLE } from './helpers';

const goodBank = {
	schemaVersion: 1,
	id: 'tiny-deck',
	title: 'A tiny imported deck',
	language: 'en',
	questions: [
		{ id: 'capital', type: 'short_answer', prompt: 'Which city is the capital of Ukraine?', answer: 'Kyiv', tags: [] },
		{ id: 'sea', type: 'flashcard', prompt: 'Sea of Azov', back: 'A sea north of Crimea', tags: [] }
	]
};

test.describe('bad input gets a clear message and changes nothing', () => {
	test('an invalid bank file is reported line by line and not loaded', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
		const bad = {
			...goodBank,
			questions: [
				{ id: 'q1', type: 'mcq', prompt: 'Pick one', choices: ['A', 'B'], answer: 5, tags: [] },
				{ id: 'q2', type: 'essay', prompt: 'Write', tags: [] },
				{ id: 'q3', type: 'mcq', prompt: 'Pick', choices: ['', 'B'], answer: 1, tags: [] }
			]
		};
		await page.getByLabel('Import a deck (.json)').setInputFiles({
			name: 'bad-bank.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(bad))
		});
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('The deck was not imported; nothing was changed.');
		// In words first, as a person would say it.
		// (What came from the file sits between bidi isolates, U+2068 and U+2069.)
		const item = (words: RegExp) => alert.getByRole('listitem').filter({ hasText: words });
		await expect(item(/^Question 3 \(“\u2068q3\u2069”\): the first choice is empty\.$/)).toBeVisible();
		await expect(item(/^Question 1 \(“\u2068q1\u2069”\): the answer \u2068is 5, but there are only 2 choices/)).toBeVisible();
		await expect(item(/^Question 2 \(“\u2068q2\u2069”\): the type should be \u2068one of mcq/)).toBeVisible();
		// The exact place of each problem stays for bank authors, behind Details.
		const exact = alert.getByText('bad-bank.json: q3: choices.0: must not be empty');
		await expect(exact).toBeHidden();
		await alert.getByText('Details').click();
		await expect(exact).toBeVisible();
		await expect(alert).toContainText('bad-bank.json: q1: answer:');
		await expect(alert).toContainText('bad-bank.json: q2: type:');
		await expect(page.getByRole('heading', { name: 'A tiny imported deck' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Study' })).toHaveCount(1);
	});

	test('a file that is not JSON is reported with where it broke', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Import a deck (.json)').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{ "schemaVersion": 1,\n  "id": oops }')
		});
		await expect(page.getByRole('alert')).toContainText('notes.json');
		await expect(page.getByRole('link', { name: 'Study' })).toHaveCount(1);
	});

	test('a valid bank file becomes a deck that can be studied', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Import a deck (.json)').setInputFiles({
			name: 'tiny.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(goodBank))
		});
		await expect(page.getByRole('status')).toContainText('Imported "A tiny imported deck": 2 new');
		await page.getByRole('link', { name: 'Study A tiny imported deck' }).click();
		await page.getByRole('textbox', { name: 'Your answer' }).fill('kyiv');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status')).toHaveText(/^Correct/);
	});

	test('bank text is shown as plain text, never as markup', async ({ page }) => {
		await page.goto('/');
		const sneaky = {
			...goodBank,
			id: 'sneaky',
			title: '<img src=x onerror="window.__pwned=1">Sneaky',
			questions: [{ id: 'x', type: 'flashcard', prompt: '<b>bold?</b>', back: '<script>window.__pwned=2</script>', tags: [] }]
		};
		await page.getByLabel('Import a deck (.json)').setInputFiles({
			name: 'sneaky.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(sneaky))
		});
		await expect(page.getByRole('heading', { name: sneaky.title })).toBeVisible();
		await page.getByRole('link', { name: `Study ${sneaky.title}` }).click();
		await expect(page.getByRole('heading', { name: '<b>bold?</b>' })).toBeVisible();
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByText(sneaky.questions[0].back)).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect(page.locator('main img, main b')).toHaveCount(0);
	});

	test('with no IndexedDB the page says so plainly instead of going blank', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
		});
		await page.goto('/');
		await expect(page.getByTestId('storage-failure')).toContainText('IndexedDB is unavailable');
	});

	test('a deep link to a deck that does not exist says so', async ({ page }) => {
		await page.goto('/study/no-such-deck');
		await expect(page.getByRole('alert')).toContainText('There is no deck called “no-such-deck”');
	});
});
