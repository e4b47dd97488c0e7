import { afterEach, describe, expect, it } from 'vitest';
import { exportPublicKey, settingsSchema, type AttemptResult } from '$lib/assign';
import { DEFAULT_SRS_SETTINGS } from '$lib/srs';
import type { AssignmentRecord } from './assignment-records';
import { deleteAssignment, getAssignment, listAssignments, putAssignment } from './assignments';
import { saveBank } from './banks';
import type { FactdeckDatabase } from './database';
import { builtInBankContent, decksWithQuestions } from './deck-questions';
import { getReceived, receiveAssignment, saveAttempt } from './received';
import { importResults, listResults } from './results';
import { joinReview } from './review-join';
import { teacherKeys } from './teacher-key';
import { freshDatabase } from './test-fixtures';

const now = new Date(2026, 2, 2, 10, 0, 0);
let db: FactdeckDatabase;
afterEach(async () => {
	await db?.delete();
});

const question = { id: 'q1', type: 'mcq' as const, prompt: 'Pick', tags: [], choices: ['a', 'b'], answer: 0 };
const assignment = { id: 'assign01', title: 'Check-up', instructions: '', teacherName: 'Ms Rivera', settings: settingsSchema.parse({}), questions: [question] };

function record(updatedAt = 1, contentHash = 'hash0001'): AssignmentRecord {
	return {
		id: 'assign01',
		title: 'Check-up',
		instructions: '',
		teacherName: 'Ms Rivera',
		settings: assignment.settings,
		picks: [],
		published: { assignment, contentHash, linkCode: 'a1.x.y.z', fileCode: 'a1.x.y.z' },
		createdAt: 1,
		updatedAt
	};
}

function result(over: Partial<AttemptResult> = {}): AttemptResult {
	return {
		assignmentId: 'assign01',
		contentHash: 'hash0001',
		attemptId: 'att0000001',
		studentName: 'Ana',
		startedAt: 1,
		finishedAt: 10,
		answers: [{ response: 0, correct: true, durationMs: 5 }],
		...over
	};
}

describe('the teacher’s assignments', () => {
	it('are stored, listed newest first, and deleted with their results', async () => {
		db = freshDatabase();
		await putAssignment(db, record());
		await putAssignment(db, { ...record(5), id: 'assign02' });
		expect((await listAssignments(db)).map((a) => a.id)).toEqual(['assign02', 'assign01']);
		await importResults(db, [result()], now);
		await deleteAssignment(db, 'assign01');
		expect(await getAssignment(db, 'assign01')).toBeUndefined();
		expect(await db.results.count()).toBe(0);
	});
});

describe('importing results', () => {
	it('adds, ignores duplicates, replaces with a newer attempt, ignores an older one', async () => {
		db = freshDatabase();
		await putAssignment(db, record());
		const first = await importResults(db, [result(), result(), result({ studentName: ' ana ', attemptId: 'att0000002', finishedAt: 20 })], now);
		expect(first.map((o) => o.status)).toEqual(['added', 'duplicate', 'replaced']);
		const older = await importResults(db, [result({ attemptId: 'att0000003', finishedAt: 15 })], now);
		expect(older[0].status).toBe('older');
		const kept = await listResults(db, 'assign01');
		expect(kept.map((r) => r.result.attemptId)).toEqual(['att0000002']);
	});

	it('refuses a result for an unknown or changed assignment, or with the wrong number of answers, saying why', async () => {
		db = freshDatabase();
		await putAssignment(db, record());
		const outcomes = await importResults(db, [result({ assignmentId: 'other001' }), result({ contentHash: 'changed1' }), result({ answers: [] })], now);
		expect(outcomes.map((o) => (o.status === 'refused' ? o.reason : o.status))).toEqual([
			expect.stringMatching(/not on this device/),
			expect.stringMatching(/another version of “\u2068Check-up\u2069”/),
			expect.stringMatching(/holds 0 answers/)
		]);
		expect(await db.results.count()).toBe(0);
	});
});

describe('assignments a student received', () => {
	it('are kept once however often the link is opened, with their attempts', async () => {
		db = freshDatabase();
		const received = { id: 'assign01', contentHash: 'hash0001', code: 'a1.x', keyId: 'ABCD-EFGH', title: 'Check-up', teacherName: 'Ms Rivera' };
		await receiveAssignment(db, received, now);
		const attempt = {
			attemptId: 'att0000001',
			contentHash: 'hash0001',
			studentName: 'Ana',
			layout: { order: [0], choices: [[]] },
			startedAt: 1,
			answers: [null],
			finishedAt: null,
			resultCode: null
		};
		await saveAttempt(db, 'assign01', attempt);
		await receiveAssignment(db, received, new Date(now.getTime() + 1000));
		expect(await db.received.count()).toBe(1);
		expect((await getReceived(db, 'assign01'))?.attempts).toHaveLength(1);
		await receiveAssignment(db, { ...received, contentHash: 'hash0002' }, now);
		expect((await getReceived(db, 'assign01'))?.attempts).toHaveLength(1);
		expect((await getReceived(db, 'assign01'))?.contentHash).toBe('hash0002');
	});
});

describe('joining the spaced review', () => {
	it('answers built-in questions on their cards and saves the others as a deck, with one review each', async () => {
		db = freshDatabase();
		await saveBank(db, { schemaVersion: 1, id: 'seed', title: 'Seed', language: 'en', questions: [{ ...question, id: 'b1' }] }, { builtIn: true }, now);
		const two = { ...assignment, questions: [{ ...question, id: 'b1' }, question, { ...question }] };
		const settings = { ...DEFAULT_SRS_SETTINGS, enableFuzz: false };
		const answers = [{ response: 0, correct: true, durationMs: 3 }, { response: 1, correct: false, durationMs: 4 }, null];
		const deck = await joinReview(db, two, [{ bankId: 'seed', questionId: 'b1' }, null, null], answers, now, settings);
		expect(deck).toBe('assignment-assign01');
		expect((await db.banks.get('assignment-assign01'))?.questionCount).toBe(2);
		const reviews = await db.reviews.toArray();
		expect(reviews.map((r) => [r.cardId, r.correct, r.rating])).toEqual([
			['seed/b1', true, 3],
			['assignment-assign01/q1', false, 1]
		]);
	});
});

describe('the teacher’s signing key', () => {
	it('is made once and kept', async () => {
		db = freshDatabase();
		const first = await teacherKeys(db);
		const again = await teacherKeys(db);
		expect(await exportPublicKey(again.publicKey)).toEqual(await exportPublicKey(first.publicKey));
		expect(first.privateKey.extractable).toBe(false);
	});
});

describe('decks to pick questions from', () => {
	it('list live questions in bank order, and hash the built-in ones', async () => {
		db = freshDatabase();
		await saveBank(
			db,
			{
				schemaVersion: 1,
				id: 'seed',
				title: 'Seed',
				language: 'en',
				questions: [
					{ ...question, id: 'b2' },
					{ ...question, id: 'b1' }
				]
			},
			{ builtIn: true },
			now
		);
		const decks = await decksWithQuestions(db);
		expect(decks[0].questions.map((q) => q.id)).toEqual(['b2', 'b1']);
		const content = await builtInBankContent(decks);
		expect(content.get('seed')?.hash).toMatch(/^[A-Za-z0-9_-]{8}$/);
	});
});
