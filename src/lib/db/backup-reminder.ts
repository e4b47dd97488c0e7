import type { FactdeckDatabase } from './database';

// When the learner last backed up, and after how many days Home offers a backup. Home reads
// this on every visit, so it is checked by hand here rather than by the (larger) zod schema.

export const BACKUP_KEY = 'backup';
export const DEFAULT_OFFER_DAYS = 14;
const DAY_MS = 86_400_000;

export interface BackupReminder {
	/** Epoch ms of the last backup made or restored on this device; null for never. */
	lastBackupAt: number | null;
	/** Home offers a backup once the last one is older than this many days (1-365). */
	offerAfterDays: number;
}

const isDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The stored reminder, each field validated on read: a damaged field takes its default. */
export function readReminder(value: unknown): BackupReminder {
	const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	return {
		lastBackupAt: isTime(stored.lastBackupAt) ? stored.lastBackupAt : null,
		offerAfterDays: isDays(stored.offerAfterDays) ? stored.offerAfterDays : DEFAULT_OFFER_DAYS
	};
}

export async function getReminder(db: FactdeckDatabase): Promise<BackupReminder> {
	return readReminder((await db.settings.get(BACKUP_KEY))?.value);
}

/** Notes a backup made (or restored) at `at`; a later one already noted is kept. */
export async function noteBackup(db: FactdeckDatabase, at: number): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const reminder = await getReminder(db);
		await db.settings.put({ key: BACKUP_KEY, value: { ...reminder, lastBackupAt: Math.max(at, reminder.lastBackupAt ?? at) } });
	});
}

export async function putOfferDays(db: FactdeckDatabase, days: number): Promise<void> {
	if (!isDays(days)) throw new RangeError('The number of days must be a whole number from 1 to 365.');
	await db.transaction('rw', db.settings, async () => {
		await db.settings.put({ key: BACKUP_KEY, value: { ...(await getReminder(db)), offerAfterDays: days } });
	});
}

/** Whether Home offers a backup at `now`, and the reminder it comes from. */
export interface BackupOffer extends BackupReminder {
	due: boolean;
}

/**
 * A backup is offered when the last one is older than the chosen number of days; never
 * backed up, when the oldest answer is, so a learner with nothing to lose is not asked.
 */
export async function backupOffer(db: FactdeckDatabase, now: Date): Promise<BackupOffer> {
	const reminder = await getReminder(db);
	const since = reminder.lastBackupAt ?? (await db.reviews.orderBy('reviewedAt').first())?.reviewedAt;
	const due = since !== undefined && now.getTime() - since > reminder.offerAfterDays * DAY_MS;
	return { ...reminder, due };
}
