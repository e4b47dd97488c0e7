import { afterEach, describe, expect, it } from 'vitest';
import { encodeResult, isolate, settingsSchema, writeFile } from '$lib/assign';
import { putAssignment, type FactdeckDatabase } from '$lib/db';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { ResultImporter } from './result-import.svelte';

let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

const question = { id: 'q1', type: 'mcq' as const, prompt: 'Pick', tags: [], choices: ['a', 'b'], answer: 0 };

async function withAssignment(): Promise<ResultImporter> {
	db = freshDatabase();
	const assignment = { id: 'assign01', title: 'Check', instructions: '', teacherName: 'T', settings: settingsSchema.parse({}), questions: [question] };
	await putAssignment(db, {
		id: 'assign01',
		title: 'Check',
		instructions: '',
		teacherName: 'T',
		settings: assignment.settings,
		picks: [],
		published: { assignment, contentHash: 'hash0001', linkCode: 'a1.x', fileCode: 'a1.x' },
		createdAt: 1,
		updatedAt: 1
	});
	return new ResultImporter(
		async () => db,
		() => new Date(5)
	);
}

const code = (n: string, id: string, ft = 10) => encodeResult({ a: 'assign01', h: 'hash0001', id, n, st: 1, ft, x: [[0, 1, 5]] });

describe('importing results', () => {
	it('takes many links and codes pasted at once, each with its own line', async () => {
		const importer = await withAssignment();
		await importer.importText(`https://x.example/r#${await code('Ana', 'attempt01')}\n${await code('Bo', 'attempt02')}\nnot-a-code`);
		expect(importer.lines.map((l) => l.text)).toEqual([
			expect.stringMatching(/^Code 3: This result code is not a Factdeck result code/),
			`${isolate('Ana')} (${isolate('Check')}): added.`,
			`${isolate('Bo')} (${isolate('Check')}): added.`
		]);
		expect(await db.results.count()).toBe(2);
	});

	it('says so when nothing was pasted, and when an assignment link was pasted instead', async () => {
		const importer = await withAssignment();
		await importer.importText('   ');
		expect(importer.lines[0].text).toBe('Paste one or more result codes or links first.');
		await importer.importText('https://x.example/a#a1.b.c.d');
		expect(importer.lines[0].text).toBe('The code: this is an assignment link, not a student’s result.');
	});

	it('opens result files, refusing the ones that are not', async () => {
		const importer = await withAssignment();
		const good = new File([writeFile('result', 'Check - Ana', await code('Ana', 'attempt01'))], 'ana.result.factdeck.json');
		const bad = new File(['{"nope": true}'], 'other.json');
		await importer.importFiles([good, bad]);
		expect(importer.lines.map((l) => [l.ok, l.text])).toEqual([
			[false, `${isolate('other.json')}: this is not a Factdeck assignment or result file.`],
			[true, `${isolate('Ana')} (${isolate('Check')}): added.`]
		]);
	});
});

describe('importing results when the device is full', () => {
	it('says so and what to do, and keeps none of them', async () => {
		const importer = await withAssignment();
		const pasted = `${await code('Ana', 'attempt01')}\n${await code('Bo', 'attempt02')}`;
		const before = await snapshot(db);
		fillStorage();
		await importer.importText(pasted);
		expect(importer.lines).toEqual([
			{
				ok: false,
				text: expect.stringMatching(/^No result was imported; nothing was changed: this device has no storage space left for Factdeck\. Free some space/)
			}
		]);
		expect(importer.busy).toBe(false);
		expect(await snapshot(db)).toBe(before);
	});
});
