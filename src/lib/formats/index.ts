/**
 * Import and export formats, and the backup file. Pure: no svelte, no $app, no dexie, no clock.
 */
export type { ImportedDeck, ImportedReview, ImportFile, ImportResult, Skipped } from './types';
export { FormatError } from './errors';
export { FORMATS, FORMAT_IDS, guessFormat, readImport, type FormatId, type ImportRequest } from './registry';
export type { QuizletSeparator } from './quizlet';
export type { ApkgEnv } from './apkg';
export { htmlToText } from './plain-text';
export { parseBackup, writeBackup, countsOf, type Backup, type BackupParse } from './backup';
export { BACKUP_TABLES, BACKUP_VERSION, type BackupData, type BackupCounts, type BackupManifest, type BackupTable } from './backup-schema';
