// On Home's first load (through releaseBuried): imports the queue rule directly, not the srs
// index, so the scheduler (ts-fsrs) is not loaded until a deck is studied.
import { queueKind } from '$lib/srs/queue';
import type { FactdeckDatabase } from './database';
import type { CardRecord } from './records';

const STUDIED = new Set<CardRecord['queue']>(['new', 'learning', 'review']);

/** A card back in the queue its phase names, no longer buried. */
export function release(card: CardRecord): void {
	card.queue = queueKind(card.srs.phase);
	delete card.buriedUntil;
}

/**
 * Buries cards waiting in study until `until` (the start of the next study day), as Anki's
 * "bury": out of study and of the counts today. Suspended cards stay suspended.
 */
export function buryCards(db: FactdeckDatabase, ids: readonly string[], until: number): Promise<number> {
	return db.cards
		.where(':id')
		.anyOf([...ids])
		.modify((card) => {
			if (!STUDIED.has(card.queue)) return;
			card.queue = 'buried';
			card.buriedUntil = until;
		});
}

/**
 * Brings back every buried card whose day is over at `now`. A range of the `buriedUntil`
 * index, which holds buried cards only: with none to bring back it reads nothing.
 */
export function releaseBuried(db: FactdeckDatabase, now: Date): Promise<number> {
	return db.cards.where('buriedUntil').belowOrEqual(now.getTime()).modify(release);
}
