import { z } from 'zod';
import { dayStart } from '$lib/srs/day';
import type { SrsSettings } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';

/**
 * What "Study more" added to a deck for one study day, as Anki's custom study does: new cards
 * beyond the daily limit, and review cards due in the days ahead. It lapses when the day rolls over.
 */
const extraSchema = z.object({ day: z.number(), extraNew: z.number().int().min(0).max(9999), aheadDays: z.number().int().min(0).max(365) });
type Extra = z.infer<typeof extraSchema>;

/** Choices offered by Study more. */
export type StudyMore = { kind: 'new'; count: number } | { kind: 'ahead'; days: number };

const key = (bankId: string) => `more:${bankId}`;

/** What a stored row adds on study day `day`: a damaged row, or one of another day, adds nothing. */
function extraOf(value: unknown, day: number): Extra {
	const row = extraSchema.safeParse(value);
	return row.success && row.data.day === day ? row.data : { day, extraNew: 0, aheadDays: 0 };
}

async function todayExtra(db: FactdeckDatabase, bankId: string, day: number): Promise<Extra> {
	return extraOf((await db.settings.get(key(bankId)))?.value, day);
}

function withExtra(settings: SrsSettings, extra: Extra): SrsSettings {
	return { ...settings, newPerDay: settings.newPerDay + extra.extraNew, reviewAheadDays: settings.reviewAheadDays + extra.aheadDays };
}

/** The settings a deck is studied with today: the learner's, plus what Study more added today. */
export async function deckSettings(db: FactdeckDatabase, bankId: string, now: Date, settings: SrsSettings): Promise<SrsSettings> {
	return withExtra(settings, await todayExtra(db, bankId, dayStart(now, settings.dayStartHour).getTime()));
}

/**
 * What Study more added to every deck, read at once and beside the learner's settings (Home
 * counts every deck, and each read waited for is a round trip). `settingsOf` gives a deck's
 * settings as `deckSettings` does.
 */
export async function everyStudyMore(db: FactdeckDatabase): Promise<Map<string, unknown>> {
	const rows = await db.settings.where('key').startsWith(key('')).toArray();
	return new Map(rows.map((row) => [row.key.slice(key('').length), row.value]));
}

export function settingsOf(more: Map<string, unknown>, bankId: string, now: Date, settings: SrsSettings): SrsSettings {
	return withExtra(settings, extraOf(more.get(bankId), dayStart(now, settings.dayStartHour).getTime()));
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
