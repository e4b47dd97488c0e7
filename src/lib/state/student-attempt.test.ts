import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeResult, fromWire, lockWire, releaseCodeFrom, settingsSchema, toWire, type AssignedQuestion, type Assignment } from '$lib/assign';
import { getReceived, receiveAssignment, type FactdeckDatabase } from '$lib/db';
import { fillStorage, freshDatabase, snapshot } from '$lib/db/test-fixtures';
import { StudentAttempt } from './student-attempt.svelte';

let db: FactdeckDatabase;
afterEach(async () => {
	vi.useRealTimers();
	await db?.delete();
});

const questions: AssignedQuestion[] = [
	{ id: 'm', type: 'mcq', prompt: 'Pick b', tags: [], choices: ['a', 'b', 'c', 'd'], answer: 1 },
	{ id: 't', type: 'short_answer', prompt: 'Say yes', tags: [], answer: 'yes' }
];

function assignmentWith(settings: Record<string, unknown>): Assignment {
	return { id: 'assign01', title: 'Check', instructions: '', teacherName: 'T', settings: settingsSchema.parse(settings), questions };
}

async function open(settings: Record<string, unknown> = {}, clock = () => new Date(1_000_000)): Promise<StudentAttempt> {
	const assignment = assignmentWith(settings);
	const received = await receiveAssignment(
		db,
		{ id: 'assign01', contentHash: 'hash0001', code: 'a1.x', keyId: 'ABCD-EFGH', title: 'Check', teacherName: 'T' },
		new Date(1)
	);
	return new StudentAttempt(db, { received, assignment, origins: [null, null], keyId: 'ABCD-EFGH' }, clock);
}

describe('taking an assignment', () => {
	it('needs a name to start', async () => {
		db = freshDatabase();
		const attempt = await open();
		expect(attempt.canStart).toBe(false);
		attempt.studentName = 'Ana';
		expect(attempt.canStart).toBe(true);
	});

	it('saves each answer before the next question, mapping a shuffled choice back to the original', async () => {
		db = freshDatabase();
		const attempt = await open({ shuffleChoices: true });
		attempt.studentName = 'Ana';
		await attempt.start();
		const shown = attempt.question;
		expect(shown?.type).toBe('mcq');
		if (shown?.type !== 'mcq') return;
		await attempt.answer({ kind: 'choice', index: shown.choices.indexOf('b') });
		const stored = (await getReceived(db, 'assign01'))?.attempts[0];
		expect(stored?.answers[0]).toMatchObject({ response: 1, correct: true });
		expect(attempt.phase).toBe('answering');
		expect(attempt.number).toBe(2);
	});

	it('comes back to the first unanswered question after the tab was closed', async () => {
		db = freshDatabase();
		const first = await open();
		first.studentName = 'Ana';
		await first.start();
		await first.answer({ kind: 'choice', index: 1 });
		const again = await open();
		expect(again.phase).toBe('answering');
		expect(again.number).toBe(2);
		expect(again.studentName).toBe('Ana');
	});

	it('shows feedback after each question when the teacher asked for it', async () => {
		db = freshDatabase();
		const attempt = await open({ feedback: 'each' });
		attempt.studentName = 'Ana';
		await attempt.start();
		await attempt.answer({ kind: 'choice', index: 0 });
		expect(attempt.phase).toBe('feedback');
		expect(attempt.feedback).toMatchObject({ correct: false, expected: 'b' });
		attempt.next();
		expect(attempt.number).toBe(2);
	});

	it('submits a result code with every answer, and adds the questions to the review', async () => {
		db = freshDatabase();
		let now = 1_000_000;
		const attempt = await open({}, () => new Date(now));
		attempt.studentName = 'Ana';
		await attempt.start();
		now += 4000;
		await attempt.answer({ kind: 'choice', index: 1 });
		now += 3000;
		await attempt.answer({ kind: 'text', value: 'no' });
		expect(attempt.phase).toBe('review');
		await attempt.submit();
		expect(attempt.phase).toBe('done');
		expect(attempt.score).toMatchObject({ right: 1, total: 2 });
		const result = await decodeResult(attempt.resultCode ?? '');
		expect(result).toMatchObject({
			a: 'assign01',
			h: 'hash0001',
			n: 'Ana',
			st: 1_000_000,
			ft: 1_007_000,
			x: [
				[1, 1, 4000],
				['no', 0, 3000]
			]
		});
		expect(attempt.reviewDeck).toBe('assignment-assign01');
		expect(await db.reviews.count()).toBe(2);
	});

	it('allows no more attempts than the teacher set', async () => {
		db = freshDatabase();
		const attempt = await open({ attempts: 1 });
		attempt.studentName = 'Ana';
		await attempt.start();
		await attempt.answer({ kind: 'choice', index: 1 });
		await attempt.answer({ kind: 'text', value: 'yes' });
		await attempt.submit();
		attempt.restart();
		expect(attempt.attemptsLeft).toBe(0);
		expect(attempt.canStart).toBe(false);
	});

	it('submits by itself when the time is up, unanswered questions counting as wrong', async () => {
		// Only the attempt's ticking clock is faked: IndexedDB needs real timers.
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		db = freshDatabase();
		let now = 1_000_000;
		const attempt = await open({ timeLimit: 1 }, () => new Date(now));
		attempt.studentName = 'Ana';
		await attempt.start();
		await attempt.answer({ kind: 'choice', index: 1 });
		now += 61_000;
		await vi.advanceTimersByTimeAsync(1000);
		await vi.waitFor(() => expect(attempt.phase).toBe('done'));
		expect(attempt.score).toMatchObject({ right: 1, total: 2 });
		expect((await decodeResult(attempt.resultCode ?? '')).x[1]).toEqual([null, 0, 0]);
	});
});

describe('an assignment whose answers are locked', () => {
	const code = releaseCodeFrom(new Uint8Array([3, 1, 4, 1, 5, 9, 2]));

	async function openLocked(): Promise<StudentAttempt> {
		const settings = settingsSchema.parse({ hideAnswers: true, feedback: 'each' });
		const meta = { id: 'assign01', title: 'Check', instructions: '', teacherName: 'T', settings };
		const wire = await lockWire(
			toWire(
				meta,
				questions.map((question) => ({ question })),
				new Map()
			),
			code,
			new Uint8Array(12)
		);
		const assignment = fromWire(wire, new Map());
		const received = await receiveAssignment(
			db,
			{ id: 'assign01', contentHash: 'hash0001', code: 'a1.x', keyId: 'K', title: 'Check', teacherName: 'T' },
			new Date(1)
		);
		return new StudentAttempt(db, { received, assignment, origins: [null, null], keyId: 'K' }, () => new Date(1_000_000));
	}

	it('shows no feedback and no score, and adds nothing to the review, until the release code', async () => {
		db = freshDatabase();
		const attempt = await openLocked();
		expect(attempt.locked).toBe(true);
		attempt.studentName = 'Ana';
		await attempt.start();
		await attempt.answer({ kind: 'choice', index: 1 });
		expect(attempt.phase).toBe('answering');
		await attempt.answer({ kind: 'text', value: 'no' });
		await attempt.submit();
		expect(attempt.score).toBeNull();
		expect(await db.reviews.count()).toBe(0);

		expect(await attempt.release('AAAAA-AAAAA')).toBe('This is not the release code of this assignment. Check it with your teacher.');
		expect(attempt.locked).toBe(true);

		expect(await attempt.release(code)).toBeNull();
		expect(attempt.locked).toBe(false);
		expect(attempt.score).toMatchObject({ right: 1, total: 2 });
		expect(await db.reviews.count()).toBe(2);
		expect((await getReceived(db, 'assign01'))?.releaseCode).toBe(code);
	});

	it('stays locked and says why when the device is too full to keep the release', async () => {
		db = freshDatabase();
		const attempt = await openLocked();
		attempt.studentName = 'Ana';
		await attempt.start();
		await attempt.answer({ kind: 'choice', index: 1 });
		await attempt.answer({ kind: 'text', value: 'yes' });
		await attempt.submit();
		fillStorage();
		expect(await attempt.release(code)).toMatch(/^The answers were not unlocked: this device has no storage space left for Factdeck\. Free some space/);
		expect(attempt.locked).toBe(true);
		expect(attempt.score).toBeNull();
		expect((await getReceived(db, 'assign01'))?.releaseCode).toBeUndefined();
	});
});

describe('an answer the device is too full to keep', () => {
	it('says so and what to do, and keeps the question on screen', async () => {
		db = freshDatabase();
		const attempt = await open();
		attempt.studentName = 'Ana';
		await attempt.start();
		const before = await snapshot(db);
		fillStorage();
		await attempt.answer({ kind: 'choice', index: 1 });
		expect(attempt.error).toMatch(/^Your answer could not be saved: this device has no storage space left for Factdeck\. Free some space/);
		expect(attempt.phase).toBe('answering');
		expect(attempt.number).toBe(1);
		expect(await snapshot(db)).toBe(before);
	});
});
