import { describe, expect, it } from 'vitest';
import { parseBackup, writeBackup } from '$lib/formats/backup';
import { BACKUP_TABLES } from '$lib/formats/backup-schema';
import { NOT_BACKED_UP, readBackupData, planRestore, restoreBackup } from './backup';
import { saveBank } from './banks';
import type { FactdeckDatabase } from './database';
import { hiddenDeckIds, setDeckHidden } from './deck-hidden';
import { renameDeck } from './deck-manage';
import { loadDeckOptions, putDeckOptions } from './deck-options';
import { putSrsSettings } from './settings';
import { recordAnswer } from './study';
import { bankOf, card, fillStorage, minutesLater, snapshot, studyNow, studySettings, testDatabases } from './test-fixtures';

/** Every row of every table, compared by value (the order of keys inside a row does not count). */
const rows = async (db: FactdeckDatabase) => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

/** The rows of `db`, plus the note a restore adds: the backup restored counts as the last one. */
async function rowsWithBackupNoted(db: FactdeckDatabase) {
	const before = await rows(db);
	const noted = { key: 'backup', value: { lastBackupAt: studyNow.getTime(), offerAfterDays: 14 } };
	return { ...before, settings: [noted, ...before.settings] };
}

const fresh = testDatabases();

/** A database with two decks, answers, settings, an assignment, a result and a received assignment. */
async function filled(): Promise<FactdeckDatabase> {
	const db = fresh();
	await saveBank(db, bankOf([card('a'), card('b'), card('c')], 'deck'), { builtIn: false }, studyNow);
	await saveBank(db, bankOf([card('x')], 'other'), { builtIn: true }, studyNow);
	await putSrsSettings(db, { ...studySettings, newPerDay: 7 });
	await recordAnswer(db, { cardId: 'deck/a', rating: 3, durationMs: 1200, response: 'yes', correct: true }, studyNow, studySettings);
	await recordAnswer(db, { cardId: 'deck/b', rating: 1, durationMs: 800 }, minutesLater(1), studySettings);
	await recordAnswer(db, { cardId: 'deck/a', rating: 4, durationMs: 600 }, minutesLater(15), studySettings);
	await db.assignments.put({
		id: 'as1',
		title: 'Quiz',
		instructions: '',
		teacherName: 'T',
		settings: { feedback: 'end', shuffleQuestions: false, shuffleChoices: false, hideAnswers: false },
		picks: [{ bankId: 'deck', questionId: 'a' }],
		published: { assignment: {}, contentHash: 'h', linkCode: 'l', fileCode: 'f' },
		createdAt: 1,
		updatedAt: 2
	} as never);
	await db.results.put({ id: 'as1/s', assignmentId: 'as1', result: { studentName: 'S' }, importedAt: 3 } as never);
	await db.received.put({ id: 'r1', contentHash: 'h', code: 'c', keyId: 'k', title: 'R', teacherName: 'T', receivedAt: 4, attempts: [] });
	return db;
}

async function backupOf(db: FactdeckDatabase) {
	const text = await writeBackup(await readBackupData(db), '0.1.0', studyNow);
	const parsed = await parseBackup(text);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.backup;
}

describe('backup and restore', () => {
	it('carries every table of the database but the sessions in progress (a new table must be added to the backup)', () => {
		expect([...BACKUP_TABLES, ...NOT_BACKED_UP].sort()).toEqual(
			fresh()
				.tables.map((t) => t.name)
				.sort()
		);
	});

	it('gives back an identical database after backup, wipe and restore', async () => {
		const db = await filled();
		const before = await rowsWithBackupNoted(db);
		const backup = await backupOf(db);
		expect(backup.manifest.counts).toEqual({ banks: 2, questions: 4, cards: 4, reviews: 3, settings: 1, assignments: 1, results: 1, received: 1 });
		await db.delete();
		await db.open();
		expect(await db.banks.count()).toBe(0);
		await restoreBackup(db, backup);
		expect(await rows(db)).toEqual(before);
	});

	it('brings back a renamed built-in deck under its new name, which a later sync of the app keeps', async () => {
		const db = await filled();
		await renameDeck(db, 'other', 'My own name', studyNow);
		const backup = await backupOf(db);
		await db.delete();
		await db.open();
		await restoreBackup(db, backup);
		await saveBank(db, { ...bankOf([card('x'), card('y')], 'other'), title: 'Renamed by the app' }, { builtIn: true }, studyNow);
		expect(await db.banks.get('other')).toMatchObject({ title: 'My own name', renamed: true, questionCount: 2 });
	});

	it("brings back a hidden deck as hidden and a deck's own options", async () => {
		const db = await filled();
		await setDeckHidden(db, 'other', true);
		await putDeckOptions(db, 'deck', { newPerDay: 4, newCardOrder: 'random' });
		const backup = await backupOf(db);
		await db.delete();
		await db.open();
		await restoreBackup(db, backup);
		expect(await hiddenDeckIds(db)).toEqual(new Set(['other']));
		expect((await loadDeckOptions(db, 'deck')).options).toEqual({ newPerDay: 4, newCardOrder: 'random' });
	});

	it('replaces what is stored and says beforehand what it will replace', async () => {
		const source = await filled();
		const backup = await backupOf(source);
		const target = fresh();
		await saveBank(target, bankOf([card('z')], 'mine'), { builtIn: false }, studyNow);
		const plan = await planRestore(target, backup);
		expect(plan.decksLost).toEqual(['Deck mine']);
		expect(plan.current.banks).toBe(1);
		expect(plan.incoming.reviews).toBe(3);
		await restoreBackup(target, backup);
		expect(await rows(target)).toEqual(await rowsWithBackupNoted(source));
	});

	it('clears a study session in progress, whose cards the restore replaced', async () => {
		const backup = await backupOf(await filled());
		const target = fresh();
		await target.sessions.put({ bankId: 'mine', day: 0, tally: { items: 1, graded: 1, correct: 1, startedAt: 0 }, lastActiveAt: 0, undo: [] });
		await restoreBackup(target, backup);
		expect(await target.sessions.count()).toBe(0);
	});

	it('keeps this device signing key, which no backup carries', async () => {
		const db = await filled();
		await db.settings.put({ key: 'teacher-signing-keys', value: { device: 'key' } });
		const backup = await backupOf(db);
		expect(backup.data.settings.map((s) => s.key)).toEqual(['srs']);
		await db.settings.put({ key: 'teacher-signing-keys', value: { device: 'mine' } });
		await restoreBackup(db, backup);
		expect((await db.settings.get('teacher-signing-keys'))?.value).toEqual({ device: 'mine' });
	});

	it('changes nothing when a write fails midway', async () => {
		const db = await filled();
		const backup = await backupOf(db);
		await saveBank(db, bankOf([card('n')], 'new-deck'), { builtIn: false }, studyNow);
		const before = await snapshot(db);
		fillStorage();
		await expect(restoreBackup(db, backup)).rejects.toThrow();
		expect(await snapshot(db)).toBe(before);
	});
});
