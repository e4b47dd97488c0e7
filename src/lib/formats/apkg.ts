import { decompress } from 'fzstd';
import { unzipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { Rating } from '$lib/srs/types';
import { readCards, readDeckNames, readNotes, readReviews, type AnkiCard } from './apkg-collection';
import { DeckBuilder, titleFromFile } from './deck-builder';
import { FormatError, messageOf } from './errors';
import { addNote } from './notes';
import { htmlToText } from './plain-text';
import type { ImportFile, ImportResult } from './types';

// An Anki package (.apkg, or a whole collection .colpkg): a zip holding the collection as
// SQLite. Newer Anki writes `collection.anki21b`, compressed with zstd, beside a stub
// `collection.anki2` that only says to update Anki; older Anki writes `collection.anki21` or
// `collection.anki2`. Media files (named 0, 1, 2, …) are counted, never unpacked.

/** Collections in the order they are preferred: the newest holds the real data. */
const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;
/** A collection bigger than this unpacked is refused rather than filling the phone's memory. */
export const MAX_COLLECTION_BYTES = 512 * 1024 * 1024;

export interface ApkgEnv {
	/** sql.js, loaded with its wasm; the app bundles the wasm so import works offline. */
	sqlite: () => Promise<SqlJsStatic>;
}

function unpack(bytes: Uint8Array): { collection: Uint8Array; media: number } {
	let media = 0;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => {
				if (/^\d+$/.test(f.name)) media++;
				if (!(COLLECTIONS as readonly string[]).includes(f.name)) return false;
				if (f.originalSize > MAX_COLLECTION_BYTES) throw new FormatError('holds a collection too large to open on this device.');
				return true;
			}
		});
	} catch (error) {
		if (error instanceof FormatError) throw error;
		throw new FormatError('is not an Anki package: it is not a readable zip file.');
	}
	const name = COLLECTIONS.find((n) => files[n]);
	if (!name) throw new FormatError('is not an Anki package: it holds no collection.anki2, .anki21 or .anki21b.');
	const collection = name === 'collection.anki21b' ? unzstd(files[name]) : files[name];
	return { collection, media };
}

function unzstd(bytes: Uint8Array): Uint8Array {
	try {
		return decompress(bytes);
	} catch {
		throw new FormatError('holds a collection.anki21b that could not be decompressed (zstd).');
	}
}

/** The name of the deck most of the cards are in, last part only ("Spanish::Verbs" gives "Verbs"). */
function deckTitle(cards: AnkiCard[], names: Map<number, string>): string | undefined {
	const counts = new Map<number, number>();
	for (const c of cards) counts.set(c.deckId, (counts.get(c.deckId) ?? 0) + 1);
	const [top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
	const name = top === undefined ? undefined : names.get(top)?.split('::').pop()?.trim();
	// Anki's "Default" deck says nothing about the cards: the file's name says more.
	return name && name !== 'Default' ? name : undefined;
}

/** Reads an Anki package: notes as questions, each card's review history, media counted. Never throws. */
export async function readApkg(file: ImportFile, env: ApkgEnv): Promise<ImportResult> {
	try {
		const { collection, media } = unpack(file.bytes);
		const SQL = await env.sqlite();
		let db;
		try {
			db = new SQL.Database(collection);
		} catch {
			throw new FormatError('holds a collection that is not an SQLite database.');
		}
		try {
			const builder = new DeckBuilder();
			builder.media = media;
			const cards = readCards(db);
			const questionOf = new Map<number, string>();
			const notes = new Map<number, Map<number, string>>();
			for (const note of readNotes(db)) {
				const [front = '', ...rest] = note.fields.map((f) => {
					const plain = htmlToText(f);
					builder.media += plain.media;
					return plain.text;
				});
				const where = `note ${note.id}`;
				if (!front) {
					builder.skip(where, 'has an empty first field');
					continue;
				}
				const back = rest.filter(Boolean).join('\n');
				notes.set(note.id, addNote(builder, { where, idBase: `anki-${note.guid || note.id}`, front, back, tags: note.tags }));
			}
			for (const card of cards) {
				const id = notes.get(card.noteId)?.get(card.ord);
				if (id) questionOf.set(card.id, id);
			}
			let unmatched = 0;
			for (const r of readReviews(db)) {
				const questionId = questionOf.get(r.cardId);
				if (r.ease < 1 || r.ease > 4 || r.type >= 4) continue;
				if (!questionId) {
					unmatched++;
					continue;
				}
				builder.history.push({ questionId, rating: r.ease as Rating, reviewedAt: r.at, durationMs: r.durationMs });
			}
			if (unmatched > 0) {
				builder.skip('review history', `${unmatched} answers to reverse cards or to skipped notes were left out`);
			}
			return { ok: true, deck: builder.deck(deckTitle(cards, readDeckNames(db)) ?? titleFromFile(file.name)) };
		} finally {
			db.close();
		}
	} catch (error) {
		return { ok: false, message: messageOf(error, file.name) };
	}
}
