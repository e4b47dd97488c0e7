import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { reviewRows } from './helpers';
import { parseCsv } from '../csv';
import { answerQuestion, createAssignment, installed, iso, teacherContext } from './teach-helpers';

test.describe('a teacher assigns a set and reads the results', () => {
	test('create → link → student answers offline on a phone → result link → gradebook → CSV', async ({
		browser,
		page: student,
		context: studentContext
	}, testInfo) => {
		// Two browsers, a service worker and a whole class loop: give it room on a busy machine.
		test.slow();
		const teacherCtx = await teacherContext(browser, testInfo.project.use.baseURL);
		const teacher = await teacherCtx.newPage();

		const link = await createAssignment(teacher, {
			title: 'Drones: true or false',
			teacher: 'Ms Rivera',
			feedback: 'At the end',
			passMark: '50',
			pick: async (page) => {
				await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'True or false' });
				await page.getByRole('button', { name: /^Select all shown/ }).click();
				await expect(page.getByTestId('selected-count')).toHaveText('6 picked');
			}
		});
		expect(link).toMatch(/\/a#a1\./);
		await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();

		// The student's phone has the app installed, then loses the network.
		await student.goto('/');
		await installed(student);
		await studentContext.setOffline(true);
		await student.goto(link);
		await expect(student.getByRole('heading', { level: 1, name: 'Drones: true or false' })).toBeVisible();
		await expect(student.getByText('Ms Rivera')).toBeVisible();
		await student.getByLabel('Your name').fill('Ana Lima');
		await student.getByRole('button', { name: 'Start' }).click();
		await answerQuestion(student, { wrong: true });
		for (let i = 0; i < 5; i++) await answerQuestion(student);
		await expect(student.getByRole('heading', { name: 'Ready to submit?' })).toBeVisible();
		await student.getByRole('button', { name: 'Submit' }).click();
		await expect(student.getByTestId('score')).toContainText('5 of 6');
		// The answers joined the student's spaced review: one review each, on the built-in cards.
		expect(await reviewRows(student)).toBe(6);
		const resultLink = await student.getByRole('textbox', { name: 'The result link' }).inputValue();
		expect(resultLink).toMatch(/\/r#r1\./);
		await expect(student.getByRole('img', { name: 'QR code of the result link' })).toBeVisible();

		// Opening the same link again keeps one copy, and shows the attempt made.
		await student.goto('/');
		await student.goto(link);
		await expect(student.getByRole('button', { name: 'Start again' })).toBeVisible();

		await teacher.goto(resultLink);
		await expect(teacher.getByText(`${iso('Ana Lima')} (${iso('Drones: true or false')}): added.`)).toBeVisible();
		// The same result twice is ignored.
		await teacher.goto('/teach/import');
		await teacher.getByLabel(/Paste result codes or links/).fill(`${resultLink}\n${resultLink}`);
		await teacher.getByRole('button', { name: 'Import' }).click();
		await expect(teacher.getByText('already imported; ignored')).toHaveCount(2);

		await teacher.goto('/teach');
		await teacher.getByRole('link', { name: 'Drones: true or false' }).click();
		const row = teacher.getByRole('row', { name: /Ana Lima/ });
		await expect(row).toContainText('5/6 (83.3%)');
		await expect(row).toContainText('pass');
		await expect(teacher.getByTestId('question-stats')).toHaveCount(6);
		await expect(teacher.getByTestId('question-stats').first()).toContainText('Facility index');
		await expect(teacher.getByText(/fewer than about 20 students/)).toBeVisible();

		const download = teacher.waitForEvent('download');
		await teacher.getByRole('button', { name: 'Export CSV' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('Drones true or false.csv');
		const csv = readFileSync((await file.path()) ?? '', 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parseCsv(csv.slice(1));
		expect(rows).toHaveLength(2);
		expect(rows[0].slice(0, 3)).toEqual(['Student', 'Score', 'Out of']);
		expect(rows[0]).toContain('Q6');
		expect(rows[1].slice(0, 4)).toEqual(['Ana Lima', '5', '6', '83.3']);
		const marks = rows[1].slice(8, 14).map(Number);
		expect(marks.reduce((a, b) => a + b, 0)).toBe(5);
		await teacherCtx.close();
	});
});
