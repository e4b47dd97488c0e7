import type { z } from 'zod';
import {
	BACKUP_FORMAT,
	BACKUP_TABLES,
	BACKUP_VERSION,
	backupDataSchema,
	manifestSchema,
	type BackupCounts,
	type BackupData,
	type BackupManifest
} from './backup-schema';

// The backup file: `{ "manifest": …, "data": … }`. The manifest names the format and its
// version, the app that wrote it, the rows per table and the SHA-256 of the data as written,
// so a file cut short or edited by hand is refused before anything is replaced.

export interface Backup {
	manifest: BackupManifest;
	data: BackupData;
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; message: string };

export function countsOf(data: BackupData): BackupCounts {
	return Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as BackupCounts;
}

async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The backup file's text for `data`, written at `now` by Factdeck `appVersion`. */
export async function writeBackup(data: BackupData, appVersion: string, now: Date): Promise<string> {
	const dataText = JSON.stringify(data);
	const manifest: BackupManifest = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_VERSION,
		appVersion,
		createdAt: now.toISOString(),
		counts: countsOf(data),
		sha256: await sha256(dataText)
	};
	return `{"manifest":${JSON.stringify(manifest, null, 1)},\n"data":${dataText}}\n`;
}

/** `path: message` of the first problem zod found, the path written as in the file. */
function firstIssue(error: z.ZodError, root: string): string {
	const issue = error.issues[0];
	const path = issue.path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${String(k)}`), root);
	return `${path}: ${issue.message}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rows that point at rows the file lacks, which a restore would leave unreachable. */
function danglingReference(data: BackupData): string | null {
	const banks = new Set(data.banks.map((b) => b.id));
	const questions = new Set(data.questions.map((q) => `${q.bankId}/${q.id}`));
	const q = data.questions.findIndex((row) => !banks.has(row.bankId));
	if (q >= 0) return `data.questions[${q}]: belongs to deck "${data.questions[q].bankId}", which the file does not hold`;
	const c = data.cards.findIndex((row) => !questions.has(`${row.bankId}/${row.questionId}`));
	if (c >= 0) return `data.cards[${c}]: is for question "${data.cards[c].questionId}" of deck "${data.cards[c].bankId}", which the file does not hold`;
	return null;
}

/**
 * Checks a backup file whole: its JSON, its manifest, its checksum, every row of every table
 * and the references between them. Nothing is written here; a restore starts only from `ok`.
 */
export async function parseBackup(text: string): Promise<BackupParse> {
	try {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (error) {
			return { ok: false, message: `This is not a Factdeck backup: it is not readable JSON (${error instanceof Error ? error.message : String(error)}).` };
		}
		if (!isRecord(raw) || !isRecord(raw.manifest) || raw.manifest.format !== BACKUP_FORMAT) {
			return { ok: false, message: 'This is not a Factdeck backup: it has no Factdeck manifest.' };
		}
		if (typeof raw.manifest.formatVersion === 'number' && raw.manifest.formatVersion > BACKUP_VERSION) {
			return { ok: false, message: `This backup was made by a newer Factdeck (backup format ${raw.manifest.formatVersion}); update Factdeck to restore it.` };
		}
		const manifest = manifestSchema.safeParse(raw.manifest);
		if (!manifest.success) return { ok: false, message: `The backup's manifest is damaged: ${firstIssue(manifest.error, 'manifest')}.` };
		if (!isRecord(raw.data)) return { ok: false, message: 'The backup holds no data.' };
		if ((await sha256(JSON.stringify(raw.data))) !== manifest.data.sha256) {
			return { ok: false, message: 'The backup is damaged: its data does not match its checksum (the file was cut short or changed after it was made).' };
		}
		const data = backupDataSchema.safeParse(raw.data);
		if (!data.success) return { ok: false, message: `The backup is damaged: ${firstIssue(data.error, 'data')}.` };
		const counts = countsOf(data.data);
		const wrong = BACKUP_TABLES.find((t) => counts[t] !== manifest.data.counts[t]);
		if (wrong)
			return { ok: false, message: `The backup is damaged: the manifest counts ${manifest.data.counts[wrong]} ${wrong} but the file holds ${counts[wrong]}.` };
		const dangling = danglingReference(data.data);
		if (dangling) return { ok: false, message: `The backup is damaged: ${dangling}.` };
		return { ok: true, backup: { manifest: manifest.data, data: data.data } };
	} catch (error) {
		return { ok: false, message: `The backup could not be read: ${error instanceof Error ? error.message : String(error)}.` };
	}
}
