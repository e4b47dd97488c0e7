import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/assign/shuffle';
import type { Rating } from '$lib/srs';
import { dayFinder, foldAnswers, type DaySummary } from '$lib/stats';
import { readBackupData, restoreBackup } from './backup';
import { parseBackup, writeBackup } from '$lib/formats/backup';
import { deleteCards } from './card-actions';
import { deleteDeck, restoreDeck } from './deck-delete';
import type { FactdeckDatabase } from './database';
import { readReviewDays, updateReviewDays } from './review-days';
import { openSession, recordInSession, undoInSession } from './sessions';
import { amendRating, recordAnswer, undoAnswer } from './study';
import { minutesLater, saveTwoDecks, studyNow, studySettings, testDatabases } from './test-fixtures';

const fresh = testDatabases();
const HOUR = studySettings.dayStartHour;

/** The day summaries a full count of the review log gives, in a stable order. */
async function recount(db: FactdeckDatabase): Promise<DaySummary[]> {
	const days = new Map<string, DaySummary>();
	foldAnswers(days, await db.reviews.toArray(), dayFinder(HOUR));
	return sorted([...days.values()]);
}

function sorted(days: DaySummary[]): DaySummary[] {
	return days.sort((a, b) => a.bankId.localeCompare(b.bankId) || a.day - b.day).map(({ bankId, day, buttons, ms }) => ({ bankId, day, buttons, ms }));
}

async function stored(db: FactdeckDatabase): Promise<DaySummary[]> {
	return sorted(await db.reviewDays.toArray());
}

/** Two decks, answered over three days, the summaries counted. */
async function studied() {
	const db = fresh();
	await saveTwoDecks(db);
	const ids: number[] = [];
	for (const [i, id] of ['one/a', 'one/b', 'two/e', 'one/a', 'two/f', 'one/c'].entries()) {
		const at = new Date(studyNow.getTime() + i * 11 * 3_600_000);
		ids.push((await recordAnswer(db, { cardId: id, rating: ((i % 4) + 1) as Rating, durationMs: 1000 + i }, at, studySettings)).reviewId);
	}
	await updateReviewDays(db, HOUR);
	return { db, ids };
}

describe('the day summaries of the review log', () => {
	it('count every answer once, per deck and study day, and read by deck or for all', async () => {
		const { db } = await studied();
		expect(await stored(db)).toEqual(await recount(db));
		const all = await readReviewDays(db, null, 0);
		const one = await readReviewDays(db, 'one', 0);
		expect(one.every((d) => d.bankId === 'one')).toBe(true);
		expect(all.length).toBeGreaterThan(one.length);
		expect(await readReviewDays(db, null, Number.MAX_SAFE_INTEGER)).toEqual([]);
	});

	it('take in only the answers given since the last count', async () => {
		const { db } = await studied();
		await recordAnswer(db, { cardId: 'one/d', rating: 3, durationMs: 500 }, minutesLater(4000), studySettings);
		expect(await stored(db)).not.toEqual(await recount(db));
		await updateReviewDays(db, HOUR);
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('follow a re-rated answer and an answer taken back, in the same transaction', async () => {
		const { db, ids } = await studied();
		await amendRating(db, ids[5], 4, studySettings);
		expect(await stored(db)).toEqual(await recount(db));
		await undoAnswer(db, ids[5]);
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('follow an Undo of a study session', async () => {
		const { db } = await studied();
		let session = await openSession(db, 'one', minutesLater(5000), studySettings);
		session = (await recordInSession(db, session, { cardId: 'one/d', rating: 1, durationMs: 700 }, minutesLater(5000), studySettings)).session;
		await updateReviewDays(db, HOUR);
		await undoInSession(db, session, minutesLater(5001));
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('follow a deleted deck, and the deck put back with its answers', async () => {
		const { db } = await studied();
		const deleted = await deleteDeck(db, 'two');
		expect((await stored(db)).some((d) => d.bankId === 'two')).toBe(false);
		expect(await stored(db)).toEqual(await recount(db));
		await restoreDeck(db, deleted);
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('follow deleted cards', async () => {
		const { db } = await studied();
		await deleteCards(db, ['one/a', 'two/f']);
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('are counted again after a restore from a backup', async () => {
		const { db } = await studied();
		const text = await writeBackup(await readBackupData(db), '0.1.0', studyNow);
		const parsed = await parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.message);
		await recordAnswer(db, { cardId: 'one/d', rating: 3, durationMs: 500 }, minutesLater(4000), studySettings);
		await updateReviewDays(db, HOUR);
		await restoreBackup(db, parsed.backup);
		expect(await db.reviewDays.count()).toBe(0);
		await updateReviewDays(db, HOUR);
		expect(await stored(db)).toEqual(await recount(db));
	});

	it('are counted again when the day start hour changes', async () => {
		const { db } = await studied();
		await updateReviewDays(db, 0);
		const days = new Map<string, DaySummary>();
		foldAnswers(days, await db.reviews.toArray(), dayFinder(0));
		expect(await stored(db)).toEqual(sorted([...days.values()]));
	});

	it('equal a full count after any sequence of answers, re-ratings, Undos, deletions and counts', async () => {
		const { db } = await studied();
		const rand = seededRandom('review-days');
		const cards = ['one/a', 'one/b', 'one/c', 'one/d', 'two/e', 'two/f'];
		const latest: number[] = [];
		let t = minutesLater(6000).getTime();
		for (let step = 0; step < 60; step++) {
			const act = rand();
			t += Math.floor(rand() * 20 * 3_600_000);
			const alive = new Set((await db.cards.toArray()).map((c) => c.id));
			const pick = cards.filter((c) => alive.has(c))[Math.floor(rand() * alive.size)];
			if (act < 0.4 && pick) {
				latest.push(
					(
						await recordAnswer(
							db,
							{ cardId: pick, rating: (1 + Math.floor(rand() * 4)) as Rating, durationMs: Math.floor(rand() * 9000) },
							new Date(t),
							studySettings
						)
					).reviewId
				);
			} else if (act < 0.55 && latest.length > 0) {
				await amendRating(db, latest[latest.length - 1], (1 + Math.floor(rand() * 4)) as Rating, studySettings).catch(() => null);
			} else if (act < 0.7 && latest.length > 0) {
				await undoAnswer(db, latest.pop() as number).catch(() => null);
			} else if (act < 0.75 && pick) {
				await deleteCards(db, [pick]);
			} else {
				await updateReviewDays(db, HOUR);
				expect(await stored(db)).toEqual(await recount(db));
			}
		}
		await updateReviewDays(db, HOUR);
		expect(await stored(db)).toEqual(await recount(db));
	});
});
