// The benchmark's in-page entry: bundled on its own (tests/bench/build-page.ts) from the app's
// own modules and loaded into a page of the built app, so decks are seeded and imports timed by
// the same repositories the app uses (saveBank, the Dexie schema, the FSRS scheduler), in the
// same origin and the same IndexedDB as the app under test.
import { parseBankJson } from '$lib/bank';
import { deckCounts, FactdeckDatabase, getSrsSettings, saveBank } from '$lib/db';
import { putSrsSettings } from '$lib/db/settings';
import { dayEnd } from '$lib/srs';
import { seededRandom } from '$lib/assign/shuffle';
import { updateReviewDays } from '$lib/db/review-days';
import { benchBank } from './deck';
import { history, type Fate } from './history';
import { rawInsert, readRecords, type Records } from './raw-insert';

export interface SeedOptions {
	bankId: string;
	title: string;
	size: number;
	/** Answers already given to every card; 0 leaves the whole deck new. */
	reviewsPerCard: number;
	dueLearning: number;
	dueReview: number;
	newPerDay?: number;
}

const CHUNK = 2000;

async function open(name?: string): Promise<FactdeckDatabase> {
	const db = new FactdeckDatabase(name);
	await db.open();
	return db;
}

/** The fate of every card: a few due now, the rest due on later days; which ones is seeded. */
function fates(size: number, options: SeedOptions, rand: () => number): Fate[] {
	const order = Array.from({ length: size }, (_, i) => i);
	for (let i = size - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	const fate: Fate[] = new Array<Fate>(size).fill('later');
	order.slice(0, options.dueLearning).forEach((i) => (fate[i] = 'due-learning'));
	order.slice(options.dueLearning, options.dueLearning + options.dueReview).forEach((i) => (fate[i] = 'due-review'));
	return fate;
}

/**
 * A deck as saveBank imports it, each card then given its review history. A deck left new is
 * imported straight into the app's database. A studied deck is imported into a scratch database
 * and its rows written once, in their final state, into the app's: rewriting 50,000 cards in
 * one go would leave that many deleted index entries which LevelDB keeps until it compacts them,
 * while a collection studied over months has long had them compacted away.
 */
async function seed(options: SeedOptions): Promise<{ cards: number; reviews: number; ms: number; countMs?: number }> {
	const started = performance.now();
	const db = await open();
	const scratch = options.reviewsPerCard > 0 ? await open(`factdeck-bench-seed-${Date.now()}`) : db;
	try {
		const now = new Date();
		await saveBank(scratch, benchBank(options.bankId, options.title, options.size), { builtIn: false }, now);
		const settings = { ...(await getSrsSettings(db)), ...(options.newPerDay ? { newPerDay: options.newPerDay } : {}) };
		await putSrsSettings(db, settings);
		if (scratch === db) return { cards: options.size, reviews: 0, ms: performance.now() - started };

		const rand = seededRandom('history');
		const fate = fates(options.size, options, rand);
		const end = dayEnd(now, settings.dayStartHour).getTime();
		const [bank, questions, ids] = await Promise.all([
			scratch.banks.get(options.bankId),
			scratch.questions.where('bankId').equals(options.bankId).toArray(),
			scratch.cards.where('bankId').equals(options.bankId).primaryKeys()
		]);
		if (!bank) throw new Error('saveBank stored no bank');
		await db.transaction('rw', db.banks, db.questions, async () => {
			await db.banks.put(bank);
			await db.questions.bulkPut(questions);
		});
		let reviews = 0;
		for (let from = 0; from < ids.length; from += CHUNK) {
			const cards = await scratch.cards.bulkGet(ids.slice(from, from + CHUNK));
			const made = cards.flatMap((card) => {
				if (!card) return [];
				const index = Number(card.questionId.slice(1));
				return [history(card, options.reviewsPerCard, fate[index], rand, settings, now.getTime(), end)];
			});
			await db.transaction('rw', db.cards, db.reviews, async () => {
				await db.cards.bulkPut(made.map((m) => m.card));
				await db.reviews.bulkAdd(made.flatMap((m) => m.rows));
			});
			reviews += made.reduce((sum, m) => sum + m.rows.length, 0);
		}
		// The statistics' day summaries, counted as the app counts a history it has not seen (once,
		// on the first visit to Statistics); a learner's own answers are counted a visit at a time.
		const counting = performance.now();
		await updateReviewDays(db, settings.dayStartHour);
		return { cards: options.size, reviews, ms: counting - started, countMs: performance.now() - counting };
	} finally {
		db.close();
		if (scratch !== db) await scratch.delete();
	}
}

/** The due/new counts query alone, `samples` times, as the app runs it. */
async function timeCounts(bankId: string, samples: number): Promise<number[]> {
	const db = await open();
	try {
		const settings = await getSrsSettings(db);
		const times: number[] = [];
		for (let i = 0; i < samples; i++) {
			const t0 = performance.now();
			await deckCounts(db, bankId, new Date(), settings);
			times.push(performance.now() - t0);
		}
		return times;
	} finally {
		db.close();
	}
}

const IMPORT_DB = 'factdeck-bench-import';
const RAW_DB = 'factdeck-bench-import-raw';
let imported: Records | null = null;

/** Empties the tables an import writes, outside the timing, so each sample starts alike. */
async function emptied(name: string): Promise<FactdeckDatabase> {
	const db = await open(name);
	await db.transaction('rw', db.banks, db.questions, db.cards, () => Promise.all([db.banks.clear(), db.questions.clear(), db.cards.clear()]));
	return db;
}

/**
 * One sample of importing a bank of `size` questions into an empty database as the app does it
 * (parse and validate the file text, then saveBank), and of writing the very records that import
 * stored into another empty database of the same schema with bare IndexedDB puts.
 */
async function timeImport(size: number): Promise<{ importMs: number; rawMs: number }> {
	const text = JSON.stringify(benchBank(`import-${size}`, `Import of ${size}`, size, 11));
	const db = await emptied(IMPORT_DB);
	const t0 = performance.now();
	const parsed = parseBankJson(text, 'bench.json');
	if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
	await saveBank(db, parsed.bank, { builtIn: false }, new Date());
	const importMs = performance.now() - t0;
	imported ??= await readRecords(db);
	db.close();
	(await emptied(RAW_DB)).close();
	return { importMs, rawMs: await rawInsert(RAW_DB, imported) };
}

async function dropImports(): Promise<void> {
	await Promise.all([new FactdeckDatabase(IMPORT_DB).delete(), new FactdeckDatabase(RAW_DB).delete()]);
}

const bench = { seed, timeCounts, timeImport, dropImports };
export type FactdeckBench = typeof bench;

declare global {
	interface Window {
		factdeckBench?: FactdeckBench;
	}
}

window.factdeckBench = bench;
