import { version } from '../../../package.json';
import { parseBackup, writeBackup, type Backup } from '$lib/formats/backup';
import type { BackupCounts } from '$lib/formats/backup-schema';
import { readImport, type ImportRequest } from '$lib/formats/registry';
import type { ImportFile, ImportResult, ImportedDeck } from '$lib/formats/types';
import { planRestore, readBackupData, restoreBackup, type RestorePlan } from '$lib/db/backup';
import { noteBackup } from '$lib/db/backup-reminder';
import type { FactdeckDatabase } from '$lib/db/database';
import { saveImportedDeck, type SavedImport } from '$lib/db/import-deck';
import { getSrsSettings } from '$lib/db/settings';
import { loadSqlite } from './sqlite';

// The heavy half of the collection page (zod schemas, the codecs, the scheduler), loaded when
// the learner first backs up, restores or picks a file.

export interface MadeBackup {
	fileName: string;
	text: string;
	counts: BackupCounts;
}

/** `factdeck-backup-2026-12-04.json`, dated in the learner's own time zone. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `factdeck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export async function makeBackup(db: FactdeckDatabase, now: Date): Promise<MadeBackup> {
	const data = await readBackupData(db);
	const text = await writeBackup(data, version, now);
	await noteBackup(db, now.getTime());
	const counts = Object.fromEntries(Object.entries(data).map(([k, rows]) => [k, rows.length])) as BackupCounts;
	return { fileName: backupFileName(now), text, counts };
}

export type CheckedBackup = { ok: true; backup: Backup; plan: RestorePlan } | { ok: false; message: string };

export async function checkBackup(db: FactdeckDatabase, text: string): Promise<CheckedBackup> {
	const parsed = await parseBackup(text);
	if (!parsed.ok) return parsed;
	return { ok: true, backup: parsed.backup, plan: await planRestore(db, parsed.backup) };
}

export function restore(db: FactdeckDatabase, backup: Backup): Promise<void> {
	return restoreBackup(db, backup);
}

export function readCards(file: ImportFile, request: ImportRequest): Promise<ImportResult> {
	return readImport(file, request, { sqlite: loadSqlite });
}

export async function saveDeck(db: FactdeckDatabase, deck: ImportedDeck, now: Date): Promise<SavedImport> {
	return saveImportedDeck(db, deck, now, await getSrsSettings(db));
}
