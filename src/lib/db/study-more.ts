import { z } from 'zod';
import { dayStart } from '$lib/srs/day';
import { readDeckOptions, resolveDeckSettings } from '$lib/srs/deck-options';
import type { SrsSettings } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';

/**
 * What "Study more" added to a deck for one study day, as Anki's custom study does: new cards
 * beyond the daily limit, and review cards due in the days ahead. It lapses when the day rolls over.
 */
const extraSchema = z.object({ day: z.number(), extraNew: z.number().int().min(0).max(9999), aheadDays: z.number().int().min(0).max(365) });
type Extra = z.infer<typeof extraSchema>;

/** Choices offered by Study more. */
export type StudyMore = { kind: 'new'; count: number } | { kind: 'ahead'; days: number };

const key = deckKey.more;

/** What a stored row adds on study day `day`: a damaged row, or one of another day, adds nothing. */
function extraOf(value: unknown, day: number): Extra {
	const row = extraSchema.safeParse(value);
	return row.success && row.data.day === day ? row.data : { day, extraNew: 0, aheadDays: 0 };
}

async function todayExtra(db: FactdeckDatabase, bankId: string, day: number): Promise<Extra> {
	return extraOf((await db.settings.get(key(bankId)))?.value, day);
}

/**
 * A deck's settings from its stored rows: the learner's, with the deck's own options in their
 * place (a damaged option is left out: the deck follows the learner's setting), plus what Study
 * more added today.
 */
function withDeckRows(settings: SrsSettings, options: unknown, more: unknown, now: Date): SrsSettings {
	const own = resolveDeckSettings(settings, readDeckOptions(options).options);
	const extra = extraOf(more, dayStart(now, settings.dayStartHour).getTime());
	return { ...own, newPerDay: own.newPerDay + extra.extraNew, reviewAheadDays: own.reviewAheadDays + extra.aheadDays };
}

/** The settings a deck is studied with today. */
export async function deckSettings(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<SrsSettings> {
	const [more, options] = await db.settings.bulkGet([key(bankId), deckKey.options(bankId)]);
	return withDeckRows(settings, options?.value, more?.value, now);
}

/** Every deck's Study more row and options, by deck id. */
export interface DeckRows {
	more: Map<string, unknown>;
	options: Map<string, unknown>;
}

async function rowsUnder(db: FactdeckDatabase, prefix: string): Promise<Map<string, unknown>> {
	const rows = await db.settings.where('key').startsWith(prefix).toArray();
	return new Map(rows.map((row) => [row.key.slice(prefix.length), row.value]));
}

/**
 * Every deck's rows read at once and beside the learner's settings (Home counts every deck, and
 * each read waited for is a round trip). `settingsOf` gives a deck's settings as `deckSettings` does.
 */
export async function everyDeckRows(db: FactdeckDatabase): Promise<DeckRows> {
	const [more, options] = await Promise.all([rowsUnder(db, key('')), rowsUnder(db, deckKey.options(''))]);
	return { more, options };
}

export function settingsOf(rows: DeckRows, bankId: string, now: Date, settings: SrsSettings): SrsSettings {
	return withDeckRows(settings, rows.options.get(bankId), rows.more.get(bankId), now);
}

/** Adds to today's new cards of a deck, or studies its reviews due in the next days, for today only. */
export async function studyMore(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings, more: StudyMore): Promise<void> {
	const day = dayStart(now, settings.dayStartHour).getTime();
	await db.transaction('rw', db.settings, async () => {
		const extra = await todayExtra(db, bankId, day);
		const next = more.kind === 'new' ? { ...extra, extraNew: extra.extraNew + more.count } : { ...extra, aheadDays: Math.max(extra.aheadDays, more.days) };
		await db.settings.put({ key: key(bankId), value: extraSchema.parse(next) });
	});
}
