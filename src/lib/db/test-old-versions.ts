// A learner's database as released versions of the schema stored it, for the upgrade tests
// (unit and browser). Relative imports only, so the browser tests can load it too.
import { dayStart, newCard, review, type SrsSettings } from '../srs';
import type { AssignmentRecord, ReceivedRecord, ResultRecord } from './assignment-records';
import type { BankRecord, CardRecord, QuestionRecord, ReviewRecord, SettingRecord } from './records';

/** The schema of version 1 exactly as it shipped (Dexie's notation). */
export const VERSION_1: Record<string, string> = {
	banks: 'id',
	questions: '[bankId+id], bankId',
	cards: 'id, bankId, [bankId+queue+due]',
	reviews: '++id, cardId, [bankId+reviewedAt], reviewedAt',
	settings: 'key'
};

/** What version 2 added to version 1 (Dexie's notation): the assignment tables. */
export const VERSION_2_ADDED: Record<string, string> = {
	assignments: 'id, updatedAt',
	results: 'id, assignmentId',
	received: 'id'
};

/** What version 3 changed (Dexie's notation): one index more on the review log. */
export const VERSION_3_CHANGED: Record<string, string> = {
	reviews: '++id, cardId, [bankId+reviewedAt], reviewedAt, [bankId+phaseBefore+reviewedAt]'
};

/** A card row as versions 1 to 4 stored it: version 5 added its tags and added time. */
export type OldCardRecord = Omit<CardRecord, 'tags' | 'addedAt' | 'buriedUntil'> & { queue: 'new' | 'learning' | 'review' | 'retired' };

/** What version 4 added (Dexie's notation): a deck's study session. */
export const VERSION_4_ADDED: Record<string, string> = {
	sessions: 'bankId'
};

/** What version 5 changed (Dexie's notation): Browse's indexes on questions and cards. */
export const VERSION_5_CHANGED: Record<string, string> = {
	questions: '[bankId+id], bankId, question.type',
	cards: 'id, bankId, [bankId+queue+due], due, addedAt, srs.difficulty, srs.lapses, *tags, buriedUntil'
};

/** What version 6 added (Dexie's notation): the statistics' day summaries and card columns. */
export const VERSION_6_ADDED: Record<string, string> = {
	reviewDays: '[bankId+day], day',
	reviewDaysState: 'key',
	cardColumns: 'bankId',
	changedCards: 'id'
};

export interface VersionOneRows {
	banks: BankRecord[];
	questions: QuestionRecord[];
	cards: OldCardRecord[];
	reviews: ReviewRecord[];
	settings: SettingRecord[];
}

/**
 * Decks of 40 flashcards each: a quarter never answered, the rest answered one to three times,
 * some in the hours before `now` and some a month ago, some forgotten, one question retired;
 * and saved settings.
 */
export function versionOneRows(bankIds: string[], now: Date, settings: SrsSettings): VersionOneRows {
	const rows: VersionOneRows = { banks: [], questions: [], cards: [], reviews: [], settings: [{ key: 'srs', value: settings }] };
	for (const bankId of bankIds) {
		rows.banks.push({
			id: bankId,
			title: `Deck ${bankId}`,
			language: 'en',
			builtIn: false,
			fingerprint: `fp-${bankId}`,
			questionCount: 40,
			addedAt: 1,
			updatedAt: 2
		});
		for (let i = 0; i < 40; i++) {
			const qid = `q${i}`;
			rows.questions.push({
				bankId,
				id: qid,
				order: i,
				fingerprint: `f${i}`,
				retiredAt: i === 39 ? 5 : null,
				question: { id: qid, type: 'flashcard', prompt: `P${i}`, back: `B${i}`, tags: [] }
			});
			let srs = newCard(new Date(now.getTime() - 30 * 86_400_000), i);
			const answers = i % 4;
			for (let k = 0; k < answers; k++) {
				const at = new Date(now.getTime() - (answers - k) * 3_600_000 * (i % 2 === 0 ? 1 : 30));
				const next = review(srs, k === answers - 1 && i % 8 === 1 ? 1 : 3, at, settings);
				rows.reviews.push({
					cardId: `${bankId}/${qid}`,
					bankId,
					questionId: qid,
					rating: next.log.rating,
					phaseBefore: srs.phase,
					cardBefore: srs,
					durationMs: 1000,
					reviewedAt: at.getTime(),
					log: next.log
				});
				srs = next.card;
			}
			const queue = i === 39 ? 'retired' : srs.phase === 'relearning' ? 'learning' : srs.phase;
			rows.cards.push({ id: `${bankId}/${qid}`, bankId, questionId: qid, queue, due: srs.due, srs });
		}
	}
	return rows;
}

/** The new cards a deck of these rows still lets in at `now`, counted from the rows themselves. */
export function newLeftToday(rows: VersionOneRows, bankId: string, now: Date, settings: SrsSettings): number {
	const start = dayStart(now, settings.dayStartHour).getTime();
	const seen = rows.reviews.filter((r) => r.bankId === bankId && r.phaseBefore === 'new' && r.reviewedAt >= start).length;
	const waiting = rows.cards.filter((c) => c.bankId === bankId && c.queue === 'new').length;
	return Math.min(waiting, Math.max(0, settings.newPerDay - seen));
}

export interface VersionTwoRows extends VersionOneRows {
	assignments: AssignmentRecord[];
	results: ResultRecord[];
	received: ReceivedRecord[];
}

/**
 * Version 1's rows plus what a teacher and a student keep on the same device: an assignment
 * made from the first deck with two students' results, and an assignment received with one
 * finished attempt and one under way.
 */
export function versionTwoRows(bankIds: string[], now: Date, settings: SrsSettings): VersionTwoRows {
	const at = now.getTime();
	const question = { id: 'q1', type: 'mcq' as const, prompt: 'Which one?', tags: [], choices: ['this', 'that'], answer: 1 };
	const assignmentSettings = { shuffleQuestions: false, shuffleChoices: true, feedback: 'end' as const, hideAnswers: false, passMark: 60 };
	const assignment = {
		id: 'assign01',
		title: 'Check-up',
		instructions: 'Alone, please.',
		teacherName: 'Ms Rivera',
		settings: assignmentSettings,
		questions: [question]
	};
	const published = { assignment, contentHash: 'hash0001', linkCode: 'a1.link', fileCode: 'a1.file' };
	const student = (name: string, n: number, correct: boolean) => ({
		id: `assign01/${name}`,
		assignmentId: 'assign01',
		importedAt: at - n,
		result: {
			assignmentId: 'assign01',
			contentHash: 'hash0001',
			attemptId: `att000000${n}`,
			studentName: name,
			startedAt: at - 600_000,
			finishedAt: at - 60_000,
			answers: [{ response: correct ? 1 : 0, correct, durationMs: 4000 + n }]
		}
	});
	const attempt = (n: number, finished: boolean) => ({
		attemptId: `mine00000${n}`,
		contentHash: 'hash0002',
		studentName: 'Sam',
		layout: { order: [0], choices: [[1, 0]] },
		startedAt: at - 900_000 * n,
		answers: [finished ? { response: 0, correct: false, durationMs: 3000 } : null],
		finishedAt: finished ? at - 800_000 : null,
		resultCode: finished ? 'r1.code' : null
	});
	return {
		...versionOneRows(bankIds, now, settings),
		assignments: [
			{
				id: 'assign01',
				title: 'Check-up',
				instructions: 'Alone, please.',
				teacherName: 'Ms Rivera',
				settings: assignmentSettings,
				picks: [{ bankId: bankIds[0], questionId: 'q1' }],
				published,
				createdAt: at - 86_400_000,
				updatedAt: at - 3_600_000
			}
		],
		results: [student('ana', 1, true), student('ben', 2, false)],
		received: [
			{
				id: 'assign02',
				contentHash: 'hash0002',
				code: 'a1.received',
				keyId: 'key00001',
				title: 'Homework',
				teacherName: 'Mr Okafor',
				receivedAt: at - 2_000_000,
				attempts: [attempt(2, true), attempt(1, false)]
			}
		]
	};
}
