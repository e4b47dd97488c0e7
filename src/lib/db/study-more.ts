import { dayStart } from '$lib/srs/day';
import { readDeckOptions, resolveDeckSettings } from '$lib/srs/deck-options-read';
import type { SrsSettings } from '$lib/srs/settings-read';
import type { FactdeckDatabase } from './database';
import { deckKey } from './deck-keys';

/**
 * What "Study more" added to a deck for one study day, as Anki's custom study does: new cards
 * beyond the daily limit, and review cards due in the days ahead. It lapses when the day rolls over.
 */
interface Extra {
	day: number;
	extraNew: number;
	aheadDays: number;
}

const wholeIn = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;

/**
 * A stored row as an Extra, or null when it is not one. Checked by hand, not with zod: Home
 * reads these rows on its first load.
 */
function asExtra(value: unknown): Extra | null {
	if (typeof value !== 'object' || value === null) return null;
	const { day, extraNew, aheadDays } = value as Record<string, unknown>;
	return typeof day === 'number' && Number.isFinite(day) && wholeIn(extraNew, 9999) && wholeIn(aheadDays, 365) ? { day, extraNew, aheadDays } : null;
}

/** Choices offered by Study more. */
export type StudyMore = { kind: 'new'; count: number } | { kind: 'ahead'; days: number };

const key = deckKey.more;

/** What a stored row adds on study day `day`: a damaged row, or one of another day, adds nothing. */
function extraOf(value: unknown, day: number): Extra {
	const row = asExtra(value);
	return row && row.day === day ? row : { day, extraNew: 0, aheadDays: 0 };
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
		// Held within what a stored row may hold, so a row written here always reads back.
		const next =
			more.kind === 'new'
				? { ...extra, extraNew: Math.min(9999, extra.extraNew + Math.max(0, Math.floor(more.count))) }
				: { ...extra, aheadDays: Math.min(365, Math.max(extra.aheadDays, Math.floor(more.days))) };
		await db.settings.put({ key: key(bankId), value: next });
	});
}
