import { z } from 'zod';
import { srsSettingsSchema } from '$lib/srs/settings';
import type { FactdeckDatabase } from './database';
import { forgetAnswer, journalKeys, type JournalEntry, type JournalStore } from './answer-journal';
import { StaleCardError, StudyError } from './errors';
import { sessionFromRow } from './session-row';
import { recordInSession } from './sessions';

const sessionSchema = z.unknown().transform((row, ctx) => {
	const session = sessionFromRow(row);
	if (!session) ctx.addIssue({ code: 'custom', message: 'is not a study session' });
	return session ?? z.NEVER;
});

const entrySchema = z.object({
	session: sessionSchema,
	input: z.object({
		cardId: z.string().min(1),
		rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
		response: z.string().optional(),
		correct: z.boolean().optional(),
		durationMs: z.number().min(0),
		shownLastReview: z.number().nullable()
	}),
	at: z.number().finite(),
	settings: srsSettingsSchema
}) satisfies z.ZodType<JournalEntry>;

export interface Replayed {
	/** Answers that had not reached the database and now have. */
	recorded: number;
	/** Entries set aside: damaged, or for a card deleted since. */
	dropped: number;
}

/**
 * Records the answers a tab left in the journal when it died before their writes committed, each
 * as it was given (its time, its session, its deck's settings then). An answer that did land is
 * refused as stale (the card's last answer is no longer the one shown) and only forgotten, so a
 * replay never counts an answer twice. An entry kept when the database refuses the write (a
 * storage failure) is tried again at the next start.
 */
export async function replayAnswers(db: FactdeckDatabase, store: JournalStore): Promise<Replayed> {
	const done: Replayed = { recorded: 0, dropped: 0 };
	for (const key of journalKeys(store, db.name)) {
		const entry = parseEntry(store.getItem(key));
		if (!entry) {
			done.dropped++;
			forgetAnswer(store, key);
			continue;
		}
		try {
			await recordInSession(db, entry.session, entry.input, new Date(entry.at), entry.settings);
			done.recorded++;
		} catch (error) {
			// Not a StudyError: the database refused the write, so the entry waits for the next start.
			if (!(error instanceof StudyError)) continue;
			// Stale: the answer landed, or the card was answered elsewhere. Any other: the card is gone.
			if (!(error instanceof StaleCardError)) done.dropped++;
		}
		forgetAnswer(store, key);
	}
	return done;
}

function parseEntry(text: string | null): JournalEntry | null {
	if (text === null) return null;
	try {
		const parsed = entrySchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
