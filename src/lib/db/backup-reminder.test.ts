import { describe, expect, it } from 'vitest';
import { backupOffer, noteBackup, putOfferDays, readReminder } from './backup-reminder';
import { recordAnswer } from './study';
import { deckDatabases, studyNow, studySettings } from './test-fixtures';

const seeded = deckDatabases();
const daysLater = (n: number) => new Date(studyNow.getTime() + n * 86_400_000);

describe('the backup offer', () => {
	it('is not made to a learner with no answers to lose', async () => {
		const db = await seeded(['a']);
		expect((await backupOffer(db, daysLater(100))).due).toBe(false);
	});
	it('is made 14 days after the first answer when there was never a backup', async () => {
		const db = await seeded(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, studySettings);
		expect((await backupOffer(db, daysLater(13))).due).toBe(false);
		expect((await backupOffer(db, daysLater(15))).due).toBe(true);
	});
	it('counts from the last backup, after the number of days chosen', async () => {
		const db = await seeded(['a']);
		await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1 }, studyNow, studySettings);
		await noteBackup(db, daysLater(10).getTime());
		await putOfferDays(db, 3);
		expect(await backupOffer(db, daysLater(12))).toEqual({ due: false, lastBackupAt: daysLater(10).getTime(), offerAfterDays: 3 });
		expect((await backupOffer(db, daysLater(14))).due).toBe(true);
	});
	it('takes the default for a damaged stored field and keeps the others', () => {
		expect(readReminder({ lastBackupAt: 5, offerAfterDays: 'x' })).toEqual({ lastBackupAt: 5, offerAfterDays: 14 });
		expect(readReminder('junk')).toEqual({ lastBackupAt: null, offerAfterDays: 14 });
	});
	it('refuses a number of days out of range', async () => {
		const db = await seeded(['a']);
		await expect(putOfferDays(db, 0)).rejects.toThrow(/1 to 365/);
	});
});
