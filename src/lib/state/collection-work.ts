import { version } from '../../../package.json';
import { parseBackup, writeBackup, type Backup } from '$lib/formats/backup';
import type { BackupCounts } from '$lib/formats/backup-schema';
import { readImport, writeExport, type ExportFormatId, type ImportRequest } from '$lib/formats/registry';
import type { ImportFile, ImportResult, ImportedDeck } from '$lib/formats/types';
import { planRestore, readBackupData, restoreBackup, type RestorePlan } from '$lib/db/backup';
import { noteBackup } from '$lib/db/backup-reminder';
import type { FactdeckDatabase } from '$lib/db/database';
import { deckQuestions } from '$lib/db/deck-questions';
import { saveImportedDeck, type SavedImport } from '$lib/db/import-deck';
import { getSrsSettings } from '$lib/db/settings-read';
import { loadSqlite } from './sqlite';

// The heavy half of the collection page (zod schemas, the codecs, the scheduler), loaded when
// the learner first backs up, restores or picks a file.

export interface MadeBackup {
	fileName: string;
	text: string;
	counts: BackupCounts;
	/** False when the date of this backup could not be stored (the file is whole all the same). */
	noted: boolean;
}

/** `factdeck-backup-2026-12-04.json`, dated in the learner's own time zone. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `factdeck-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export async function makeBackup(db: FactdeckDatabase, now: Date): Promise<MadeBackup> {
	const data = await readBackupData(db);
	const text = await writeBackup(data, version, now);
	// A full device is when a backup matters most: failing to note its date must not cost the file.
	const noted = await noteBackup(db, now.getTime()).then(
		() => true,
		() => false
	);
	const counts = Object.fromEntries(Object.entries(data).map(([k, rows]) => [k, rows.length])) as BackupCounts;
	return { fileName: backupFileName(now), text, counts, noted };
}

/** A deck written as a file of another app's format. */
export interface ExportedDeck {
	fileName: string;
	text: string;
	title: string;
	questions: number;
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

export async function exportDeck(db: FactdeckDatabase, bankId: string, format: ExportFormatId): Promise<ExportedDeck | null> {
	const deck = await deckQuestions(db, bankId);
	if (!deck) return null;
	return { ...writeExport(format, deck.bank.title, deck.questions), title: deck.bank.title, questions: deck.questions.length };
}
