import { deleteCards, resetCards, suspendCards, tagCards, unsuspendCards } from '$lib/db/card-actions';
import { buryCards } from '$lib/db/burial';
import type { FactdeckDatabase } from '$lib/db/database';
import { getSrsSettings } from '$lib/db/settings-read';
import { dayEnd } from '$lib/srs/day';

/** What Browse can do to cards: one kind each, run by one entry of the registry below. */
export type CardAction =
	| { kind: 'suspend' }
	| { kind: 'unsuspend' }
	| { kind: 'bury' }
	| { kind: 'reset' }
	| { kind: 'delete' }
	| { kind: 'tag'; tag: string }
	| { kind: 'untag'; tag: string };

const cards = (n: number) => (n === 1 ? '1 card' : `${n} cards`);

type Runner<K extends CardAction['kind']> = (
	db: FactdeckDatabase,
	action: Extract<CardAction, { kind: K }>,
	ids: readonly string[],
	now: Date
) => Promise<string>;

const RUNNERS: { [K in CardAction['kind']]: Runner<K> } = {
	suspend: async (db, _, ids) => {
		const n = await suspendCards(db, ids);
		return `Suspended ${cards(n)}: ${n === 1 ? 'it stays' : 'they stay'} out of study until unsuspended.`;
	},
	unsuspend: async (db, _, ids) => `Unsuspended ${cards(await unsuspendCards(db, ids))}.`,
	bury: async (db, _, ids, now) => {
		const { dayStartHour } = await getSrsSettings(db);
		return `Buried ${cards(await buryCards(db, ids, dayEnd(now, dayStartHour).getTime()))} until tomorrow.`;
	},
	reset: async (db, _, ids, now) => `Reset ${cards(await resetCards(db, ids, now))} to new; past answers are kept.`,
	delete: async (db, _, ids) => `Deleted ${cards(await deleteCards(db, ids))}.`,
	tag: async (db, action, ids) => `Tagged ${cards(await tagCards(db, ids, action.tag, true))} “${action.tag}”.`,
	untag: async (db, action, ids) => `Took the tag “${action.tag}” off ${cards(await tagCards(db, ids, action.tag, false))}.`
};

/** Runs one action on the cards named; returns what it did, in words. */
export function runCardAction(db: FactdeckDatabase, action: CardAction, ids: readonly string[], now: Date): Promise<string> {
	return (RUNNERS[action.kind] as Runner<CardAction['kind']>)(db, action as never, ids, now);
}
