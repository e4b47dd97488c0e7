import { describe, expect, it } from 'vitest';
import { saveBank } from '$lib/db/banks';
import { bankOf, card, snapshot, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { BackupPanel } from './backup-panel.svelte';
import { RestorePanel } from './restore-panel.svelte';

const fresh = testDatabases();

async function backupText(): Promise<string> {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b')], 'saved'), { builtIn: false }, studyNow);
	const made = await new BackupPanel(db, () => studyNow).backUp();
	if (!made) throw new Error('no backup');
	return made.text;
}

describe('restoring a backup', () => {
	it('says what it will replace, and replaces only on confirm', async () => {
		const text = await backupText();
		const db = fresh();
		await saveBank(db, bankOf([card('z')], 'mine'), { builtIn: false }, studyNow);
		const restore = new RestorePanel(db);
		await restore.pick(new File([text], 'backup.json'));
		expect(restore.step).toMatchObject({ kind: 'confirm', plan: { decksLost: ['Deck mine'], incoming: { banks: 1, questions: 2 } } });
		expect(await db.banks.get('mine')).toBeDefined();
		await restore.confirm();
		expect(restore.step).toEqual({ kind: 'restored', file: 'backup.json', decks: 1, reviews: 0 });
		expect((await db.banks.toArray()).map((b) => b.id)).toEqual(['saved']);
	});

	it('refuses a damaged file and changes nothing', async () => {
		const text = (await backupText()).replace('Front of a', 'Front of A');
		const db = fresh();
		await saveBank(db, bankOf([card('z')], 'mine'), { builtIn: false }, studyNow);
		const before = await snapshot(db);
		const restore = new RestorePanel(db);
		await restore.pick(new File([text], 'backup.json'));
		expect(restore.step).toMatchObject({ kind: 'refused', message: expect.stringMatching(/does not match its checksum/) });
		await restore.confirm();
		expect(await snapshot(db)).toBe(before);
	});

	it('changes nothing when cancelled', async () => {
		const text = await backupText();
		const db = fresh();
		const before = await snapshot(db);
		const restore = new RestorePanel(db);
		await restore.pick(new File([text], 'backup.json'));
		restore.cancel();
		await restore.confirm();
		expect(restore.step).toEqual({ kind: 'cancelled', file: 'backup.json' });
		expect(await snapshot(db)).toBe(before);
	});
});
