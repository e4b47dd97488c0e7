import { writeFileSync } from 'node:fs';
import { awaitInteractive, expect, test } from './fixtures';
import { chromium } from '@playwright/test';
import encodeQR from '@paulmillr/qr';
import { answerQuestion, createAssignment, installed, iso } from './teach-helpers';

/**
 * A Y4M video (what Chromium's fake camera plays) showing one QR code, black on white: the
 * test stands in for a phone held up to the teacher's camera.
 */
function qrVideo(text: string, path: string): void {
	const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
	const scale = Math.floor(640 / modules.length);
	const side = modules.length * scale;
	const y = Buffer.alloc(side * side);
	for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) y[r * side + c] = modules[Math.floor(r / scale)][Math.floor(c / scale)] ? 16 : 235;
	const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
	writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F5:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
}

test('the teacher scans a result QR code with the camera, offline, with the decoder the app ships', async ({ page: student }, testInfo) => {
	// Two browsers, a service worker and a whole class loop: give it room on a busy machine.
	test.slow();
	const video = testInfo.outputPath('result-qr.y4m');
	const { launchOptions, baseURL } = testInfo.project.use;
	const cameraBrowser = await chromium.launch({
		...launchOptions,
		args: [...(launchOptions?.args ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]
	});
	const teacherContext = await cameraBrowser.newContext({ baseURL, permissions: ['camera'] });
	awaitInteractive(teacherContext);
	const teacher = await teacherContext.newPage();

	const link = await createAssignment(teacher, {
		title: 'Scanned results',
		teacher: 'Ms Rivera',
		pick: async (p) => {
			await p.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'True or false' });
			await p
				.getByRole('group', { name: /^Questions/ })
				.getByRole('checkbox')
				.first()
				.check();
		}
	});
	await installed(teacher);

	await student.goto(link);
	await student.getByLabel('Your name').fill('Chen Wei');
	await student.getByRole('button', { name: 'Start' }).click();
	await answerQuestion(student);
	await student.getByRole('button', { name: 'Submit' }).click();
	const resultLink = await student.getByRole('textbox', { name: 'The result link' }).inputValue();
	qrVideo(resultLink, video);

	await teacherContext.setOffline(true);
	await teacher.goto('/teach/import');
	expect(await teacher.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
	await teacher.getByRole('button', { name: 'Scan QR codes' }).click();
	await expect(teacher.getByText(`${iso('Chen Wei')} (${iso('Scanned results')}): added.`)).toBeVisible({ timeout: 20_000 });
	await expect(teacher.getByRole('status').filter({ hasText: 'Read 1 code' })).toBeVisible();
	await teacher.getByRole('button', { name: 'Stop camera' }).click();
	await cameraBrowser.close();
});
