import type { Database, SqlValue } from 'sql.js';
import { FormatError } from './errors';

// Reading the tables of an Anki collection (schema 11, and schema 18 of newer packages, whose
// deck names moved from `col.decks` to a `decks` table). Only the columns Factdeck uses.

export interface AnkiNote {
	id: number;
	guid: string;
	fields: string[];
	tags: string[];
}

export interface AnkiCard {
	id: number;
	noteId: number;
	deckId: number;
	/** Which card of its note: 0 for the front, 1 for a reverse, n-1 for cloze cn. */
	ord: number;
}

export interface AnkiReview {
	cardId: number;
	/** Epoch ms; Anki's revlog id is the time of the answer. */
	at: number;
	/** 1-4 for Again..Easy; 0 for a manual reschedule. */
	ease: number;
	durationMs: number;
	/** 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled. */
	type: number;
}

function rows(db: Database, sql: string): SqlValue[][] {
	try {
		return db.exec(sql)[0]?.values ?? [];
	} catch (error) {
		throw new FormatError(`is not an Anki collection (${error instanceof Error ? error.message : String(error)}).`);
	}
}

const num = (v: SqlValue) => (typeof v === 'number' ? v : Number(v));
const str = (v: SqlValue) => (typeof v === 'string' ? v : v === null ? '' : String(v));

export function readNotes(db: Database): AnkiNote[] {
	return rows(db, 'SELECT id, guid, flds, tags FROM notes ORDER BY id').map(([id, guid, flds, tags]) => ({
		id: num(id),
		guid: str(guid),
		fields: str(flds).split('\x1f'),
		tags: str(tags).split(/\s+/).filter(Boolean)
	}));
}

export function readCards(db: Database): AnkiCard[] {
	return rows(db, 'SELECT id, nid, did, ord FROM cards ORDER BY id').map(([id, nid, did, ord]) => ({
		id: num(id),
		noteId: num(nid),
		deckId: num(did),
		ord: num(ord)
	}));
}

export function readReviews(db: Database): AnkiReview[] {
	return rows(db, 'SELECT id, cid, ease, time, type FROM revlog ORDER BY id').map(([id, cid, ease, time, type]) => ({
		at: num(id),
		cardId: num(cid),
		ease: num(ease),
		durationMs: Math.max(0, num(time)),
		type: num(type)
	}));
}

/** Deck names by id, from the `decks` table (schema 18) or the JSON of `col.decks` (schema 11). */
export function readDeckNames(db: Database): Map<number, string> {
	const names = new Map<number, string>();
	const hasTable = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'decks'").length > 0;
	if (hasTable) {
		for (const [id, name] of rows(db, 'SELECT id, name FROM decks')) names.set(num(id), str(name).replaceAll('\x1f', '::'));
		return names;
	}
	const [json] = rows(db, 'SELECT decks FROM col LIMIT 1')[0] ?? [];
	try {
		const decks: unknown = JSON.parse(str(json) || '{}');
		if (typeof decks === 'object' && decks !== null) {
			for (const [id, deck] of Object.entries(decks)) {
				const name: unknown = typeof deck === 'object' && deck !== null ? (deck as Record<string, unknown>).name : undefined;
				if (typeof name === 'string') names.set(Number(id), name);
			}
		}
	} catch {
		// Deck names only give the new deck its title; without them the file name does.
	}
	return names;
}
