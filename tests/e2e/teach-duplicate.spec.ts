import { expect, test } from './fixtures';
import { seedCount } from './helpers';
import { createAssignment } from './teach-helpers';

// /teach/new is rendered at build time as a new assignment's page; a duplicate, opened as
// /teach/new?from=<id>, must still be named and filled as one once the app runs.
test('Duplicate opens the form named as a duplicate, filled from the assignment, and saves a second one', async ({ page }) => {
	const total = seedCount('true_false');
	await createAssignment(page, {
		title: 'Week 3 quiz',
		teacher: 'Ms Rivera',
		pick: async (p) => {
			await p.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'True or false' });
			await p.getByRole('button', { name: /^Select all shown/ }).click();
		}
	});
	await page.getByRole('link', { name: 'Duplicate' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Duplicate assignment' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Week 3 quiz (copy)');
	await expect(page.getByTestId('selected-count')).toHaveText(`${total} picked`);

	// The same address opened afresh (a reload, a shared link) is a duplicate too.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Duplicate assignment' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Week 3 quiz (copy)');
	await page.getByRole('button', { name: 'Save assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Week 3 quiz (copy)' })).toBeVisible();
	await page.getByRole('link', { name: 'Teach' }).click();
	await expect(page.getByRole('link', { name: 'Week 3 quiz', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Week 3 quiz (copy)' })).toBeVisible();
});
