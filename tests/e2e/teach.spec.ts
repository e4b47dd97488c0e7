import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { reviewRows, seedCount } from './helpers';
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
		// Every multiple-choice question of the seed bank is picked (the type the seed asks most, so one
		// wrong answer still passes the mark whatever the generator makes); the student gets one wrong.
		const total = seedCount('mcq');
		const right = total - 1;
		// As the gradebook prints it: one decimal at most ("66.7", "50").
		const percent = String(Math.round((right / total) * 1000) / 10);

		const link = await createAssignment(teacher, {
			title: 'Drones: multiple choice',
			teacher: 'Ms Rivera',
			feedback: 'At the end',
			passMark: '50',
			pick: async (page) => {
				await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Multiple choice' });
				await page.getByRole('button', { name: /^Select all shown/ }).click();
				await expect(page.getByTestId('selected-count')).toHaveText(`${total} picked`);
			}
		});
		expect(link).toMatch(/\/a#a1\./);
		await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();

		// The student's phone has the app installed, then loses the network.
		await student.goto('/');
		await installed(student);
		await studentContext.setOffline(true);
		await student.goto(link);
		await expect(student.getByRole('heading', { level: 1, name: 'Drones: multiple choice' })).toBeVisible();
		await expect(student.getByText('Ms Rivera')).toBeVisible();
		await student.getByLabel('Your name').fill('Ana Lima');
		await student.getByRole('button', { name: 'Start' }).click();
		await answerQuestion(student, { wrong: true });
		for (let i = 0; i < right; i++) await answerQuestion(student);
		await expect(student.getByRole('heading', { name: 'Ready to submit?' })).toBeVisible();
		await student.getByRole('button', { name: 'Submit' }).click();
		await expect(student.getByTestId('score')).toContainText(`${right} of ${total}`);
		// The answers joined the student's spaced review: one review each, on the built-in cards.
		expect(await reviewRows(student)).toBe(total);
		const resultLink = await student.getByRole('textbox', { name: 'The result link' }).inputValue();
		expect(resultLink).toMatch(/\/r#r1\./);
		await expect(student.getByRole('img', { name: 'QR code of the result link' })).toBeVisible();

		// Opening the same link again keeps one copy, and shows the attempt made.
		await student.goto('/');
		await student.goto(link);
		await expect(student.getByRole('button', { name: 'Start again' })).toBeVisible();

		await teacher.goto(resultLink);
		await expect(teacher.getByText(`${iso('Ana Lima')} (${iso('Drones: multiple choice')}): added.`)).toBeVisible();
		// The same result twice is ignored.
		await teacher.goto('/teach/import');
		await teacher.getByLabel(/Paste result codes or links/).fill(`${resultLink}\n${resultLink}`);
		await teacher.getByRole('button', { name: 'Import' }).click();
		await expect(teacher.getByText('already imported; ignored')).toHaveCount(2);

		await teacher.goto('/teach');
		await teacher.getByRole('link', { name: 'Drones: multiple choice' }).click();
		const row = teacher.getByRole('row', { name: /Ana Lima/ });
		await expect(row).toContainText(`${right}/${total} (${percent}%)`);
		await expect(row).toContainText('pass');
		await expect(teacher.getByTestId('question-stats')).toHaveCount(total);
		await expect(teacher.getByTestId('question-stats').first()).toContainText('Facility index');
		await expect(teacher.getByText(/fewer than about 20 students/)).toBeVisible();

		const download = teacher.waitForEvent('download');
		await teacher.getByRole('button', { name: 'Export CSV' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('Drones multiple choice.csv');
		const csv = readFileSync((await file.path()) ?? '', 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parseCsv(csv.slice(1));
		expect(rows).toHaveLength(2);
		expect(rows[0].slice(0, 3)).toEqual(['Student', 'Score', 'Out of']);
		expect(rows[0]).toContain(`Q${total}`);
		expect(rows[1].slice(0, 4)).toEqual(['Ana Lima', String(right), String(total), percent]);
		const marks = rows[1].slice(8, 8 + total).map(Number);
		expect(marks).toHaveLength(total);
		expect(marks.reduce((a, b) => a + b, 0)).toBe(right);
		await teacherCtx.close();
	});
});
