import { describe, expect, it } from 'vitest';
import { saveBank } from '$lib/db/banks';
import { bankOf, card, fillStorage, studyNow, testDatabases } from '$lib/db/test-fixtures';
import { BackupPanel } from './backup-panel.svelte';

const fresh = testDatabases();

describe('making a backup', () => {
	it('names the file by the local date, says what it holds, and notes the backup', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')]), { builtIn: false }, studyNow);
		const panel = new BackupPanel(db, () => studyNow);
		await panel.load();
		expect(panel.reminder).toEqual({ lastBackupAt: null, offerAfterDays: 14 });
		const made = await panel.backUp();
		expect(made?.fileName).toBe('factdeck-backup-2026-03-02.json');
		expect(panel.notice).toMatchObject({ kind: 'made', counts: { banks: 1, cards: 1, reviews: 0 } });
		expect(panel.reminder?.lastBackupAt).toBe(studyNow.getTime());
	});

	it('still gives the file on a full device, and says its date could not be stored', async () => {
		const db = fresh();
		await saveBank(db, bankOf([card('a')]), { builtIn: false }, studyNow);
		const panel = new BackupPanel(db, () => studyNow);
		fillStorage();
		const made = await panel.backUp();
		expect(made?.text).toContain('"Front of a"');
		expect(panel.notice).toMatchObject({ kind: 'made', noted: false });
		expect(panel.reminder?.lastBackupAt).toBeNull();
	});

	it('keeps the number of days between offers, within 1 to 365', async () => {
		const panel = new BackupPanel(fresh(), () => studyNow);
		await panel.setOfferDays(30);
		expect(panel.reminder?.offerAfterDays).toBe(30);
		expect(panel.notice).toEqual({ kind: 'days-saved', days: 30 });
		await panel.setOfferDays(400);
		expect(panel.notice).toEqual({ kind: 'failed', reason: 'The number of days must be a whole number from 1 to 365.' });
		expect(panel.reminder?.offerAfterDays).toBe(30);
	});
});
