import { deflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { createAssignment, iso } from './teach-helpers';

const b64 = (json: unknown) => deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url');
const result = (over: Record<string, unknown> = {}) => ({ a: 'zzzzzzzz', h: 'AAAAAAAA', id: 'attempt001', n: 'Bo', st: 1, ft: 2, x: [[0, 1, 10]], ...over });

test.describe('links, codes and files that cannot be used', () => {
	test('a changed, cut-short or newer assignment link gets its own message and opens nothing', async ({ page }) => {
		const link = await createAssignment(page, {
			title: 'Checked links',
			teacher: 'Mr Okafor',
			pick: async (p) => {
				await p
					.getByRole('group', { name: /^Questions/ })
					.getByRole('checkbox')
					.first()
					.check();
			}
		});
		const [start, code] = link.split('#');
		const [v, body, key, sig] = code.split('.');
		const changed = body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11);

		await page.goto('/');
		await page.goto(`${start}#${[v, changed, key, sig].join('.')}`);
		await expect(page.getByRole('alert')).toContainText('was changed after the teacher made it');
		await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);

		await page.goto('/');
		await page.goto(link.slice(0, -20));
		await expect(page.getByRole('alert')).toContainText('cut short');

		await page.goto('/');
		await page.goto(`${start}#a2.${body}.${key}.${sig}`);
		await expect(page.getByRole('alert')).toContainText('made by a newer version of Factdeck (format 2; this app reads format 1)');

		await page.getByLabel('Open an assignment file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
		await expect(page.getByRole('alert').last()).toContainText('\u2068notes.json\u2069: this is not a Factdeck assignment or result file');
	});

	test('results that are unknown, too big, damaged or of a newer format are refused with the reason', async ({ page }) => {
		await page.goto('/teach/import');
		const bomb = `r1.${b64(result({ n: 'x'.repeat(1_100_000) }))}`;
		const codes = [`r1.${b64(result())}`, bomb, 'r1.!!!!', `r9.${b64(result())}`].join('\n');
		await page.getByLabel(/Paste result codes or links/).fill(codes);
		await page.getByRole('button', { name: 'Import' }).click();
		const lines = page.getByRole('listitem');
		await expect(lines).toHaveCount(4);
		await expect(lines.nth(0)).toContainText('Code 2: This result code unpacks to more than 1024 KB');
		await expect(lines.nth(1)).toContainText('Code 3: This result code is damaged');
		await expect(lines.nth(2)).toContainText('Code 4: This result code was made by a newer version of Factdeck');
		await expect(lines.nth(3)).toContainText(`${iso('Bo')}: not imported, because it is for an assignment that is not on this device`);
	});

	test('a second result link opened in the same tab is read too, though only its fragment changed', async ({ page }) => {
		await page.goto(`/r#r1.${b64(result({ n: 'Bo' }))}`);
		await expect(page.getByText(`${iso('Bo')}: not imported`)).toBeVisible();
		await page.goto(`/r#r1.${b64(result({ n: 'Cy', id: 'attempt002' }))}`);
		await expect(page.getByText(`${iso('Cy')}: not imported`)).toBeVisible();
	});
});
