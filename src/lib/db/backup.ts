import { countsOf, type Backup } from '$lib/formats/backup';
import type { BackupCounts, BackupData } from '$lib/formats/backup-schema';
import { BACKUP_KEY, readReminder } from './backup-reminder';
import type { FactdeckDatabase } from './database';
import type { AssignmentRecord, ReceivedRecord, ResultRecord } from './assignment-records';
import type { BankRecord, CardRecord, QuestionRecord, ReviewRecord, SettingRecord } from './records';

/**
 * Settings that stay with this browser: the teacher's signing key is a non-extractable
 * CryptoKey, which cannot be written to a file, and a restore keeps the one this device has.
 */
const DEVICE_SETTINGS = new Set(['teacher-signing-keys']);

// The rows a backup carries are the rows stored; these lines fail to compile if the backup
// schema and the database records ever disagree, down to a field added as optional (a field
// the schema lacked would be dropped by the restore).
type Flat<T> = { [K in keyof T]: T[K] };
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const rowsAgree: [
	Same<BackupData['banks'][number], BankRecord>,
	Same<BackupData['questions'][number], QuestionRecord>,
	Same<BackupData['cards'][number], CardRecord>,
	Same<BackupData['reviews'][number], Flat<Omit<ReviewRecord, 'id'> & { id: number }>>
] = [true, true, true, true];
void rowsAgree;

function tables(db: FactdeckDatabase) {
	return [db.banks, db.questions, db.cards, db.reviews, db.settings, db.assignments, db.results, db.received];
}

/**
 * Tables a backup leaves out: a study session in progress (its tally and Undo) belongs to one
 * sitting on one device, and names cards that a restore replaces, so a restore clears it; the
 * per-day summaries of the review log and the cards' columns for statistics are derived from the
 * tables backed up, and made again after a restore.
 */
export const NOT_BACKED_UP = ['sessions', 'reviewDays', 'reviewDaysState', 'cardColumns', 'changedCards'] as const;

/** Every row of every table, read in one transaction so the backup is one moment's state. */
export async function readBackupData(db: FactdeckDatabase): Promise<BackupData> {
	return db.transaction('r', tables(db), async () => {
		const [banks, questions, cards, reviews, settings, assignments, results, received] = await Promise.all([
			db.banks.toArray(),
			db.questions.toArray(),
			db.cards.toArray(),
			db.reviews.toArray(),
			db.settings.toArray(),
			db.assignments.toArray(),
			db.results.toArray(),
			db.received.toArray()
		]);
		return {
			banks,
			questions,
			cards,
			reviews: reviews.filter((r): r is ReviewRecord & { id: number } => r.id !== undefined),
			settings: settings.filter((s) => !DEVICE_SETTINGS.has(s.key)),
			// The teacher tables' nested shapes are checked loosely by the backup schema (see there).
			assignments: assignments as unknown as BackupData['assignments'],
			results: results as unknown as BackupData['results'],
			received: received as unknown as BackupData['received']
		};
	});
}

/** What a restore would replace: the rows stored now and the rows the backup holds, per table. */
export interface RestorePlan {
	current: BackupCounts;
	incoming: BackupCounts;
	/** Titles of the decks stored now that the backup does not hold: a restore removes them. */
	decksLost: string[];
}

export async function planRestore(db: FactdeckDatabase, backup: Backup): Promise<RestorePlan> {
	return db.transaction('r', tables(db), async () => {
		const [banks, questions, cards, reviews, settings, assignments, results, received] = await Promise.all(tables(db).map((t) => t.count()));
		const incomingIds = new Set(backup.data.banks.map((b) => b.id));
		const decksLost = (await db.banks.toArray()).filter((b) => !incomingIds.has(b.id)).map((b) => b.title);
		return {
			current: { banks, questions, cards, reviews, settings, assignments, results, received },
			incoming: countsOf(backup.data),
			decksLost
		};
	});
}

/**
 * Replaces everything stored with the backup, in one transaction: if any write fails, the
 * database is left exactly as it was. Only the device's own settings (its signing key) stay.
 */
export async function restoreBackup(db: FactdeckDatabase, backup: Backup): Promise<void> {
	const { data } = backup;
	await db.transaction('rw', [...tables(db), db.sessions], async () => {
		const kept = (await db.settings.bulkGet([...DEVICE_SETTINGS])).filter((s): s is SettingRecord => s !== undefined);
		// Study sessions are not backed up, and their Undo names answers of the data replaced.
		await Promise.all([...tables(db), db.sessions].map((t) => t.clear()));
		await db.banks.bulkAdd(data.banks);
		await db.questions.bulkAdd(data.questions);
		await db.cards.bulkAdd(data.cards);
		await db.reviews.bulkAdd(data.reviews);
		// The file just restored is a backup the learner has: it counts as the last one.
		const reminder = readReminder(data.settings.find((s) => s.key === BACKUP_KEY)?.value);
		const backedUp = Date.parse(backup.manifest.createdAt);
		const noted = { key: BACKUP_KEY, value: { ...reminder, lastBackupAt: Math.max(backedUp, reminder.lastBackupAt ?? backedUp) } };
		const settings = data.settings.filter((s) => !DEVICE_SETTINGS.has(s.key) && s.key !== BACKUP_KEY);
		await db.settings.bulkAdd([...settings, ...kept, noted]);
		await db.assignments.bulkAdd(data.assignments as unknown as AssignmentRecord[]);
		await db.results.bulkAdd(data.results as unknown as ResultRecord[]);
		await db.received.bulkAdd(data.received as unknown as ReceivedRecord[]);
	});
}
