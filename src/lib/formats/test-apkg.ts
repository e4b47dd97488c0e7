// Builds small Anki packages for the tests, the way Anki lays them out: a zip holding
// collection.anki2 (SQLite, schema 11: col, notes, cards, revlog) and a media map, or, as newer
// Anki does, a zstd-compressed collection.anki21b beside a stub collection.anki2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let sql: Promise<SqlJsStatic> | null = null;

/** sql.js for Node: its wasm read from node_modules, as the app's bundle holds it. */
export function nodeSqlite(): Promise<SqlJsStatic> {
	const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
	sql ??= initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
	return sql;
}

export interface TestNote {
	id: number;
	fields: string[];
	tags?: string;
	/** Card numbers the note has (0 front, 1 reverse, n-1 for cloze cn). */
	ords?: number[];
}

export interface TestReview {
	/** Epoch ms; also the revlog id. */
	at: number;
	noteId: number;
	ord?: number;
	ease: number;
	type?: number;
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
`;

const cardIdOf = (noteId: number, ord: number) => noteId * 10 + ord;

/** The SQLite bytes of a schema-11 collection holding these notes and answers, in deck `deckName`. */
export async function collection(deckName: string, notes: TestNote[], reviews: TestReview[] = [], deckId = 42): Promise<Uint8Array> {
	const SQL = await nodeSqlite();
	const db = new SQL.Database();
	db.run(SCHEMA);
	const decks = JSON.stringify({ '1': { id: 1, name: 'Default' }, '42': { id: 42, name: deckName } });
	db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{}', ?, '{}', '{}')", [decks]);
	for (const n of notes) {
		db.run('INSERT INTO notes VALUES (?, ?, 1, 0, 0, ?, ?, 0, 0, 0, ?)', [n.id, `g${n.id}`, n.tags ?? '', n.fields.join('\x1f'), '']);
		for (const ord of n.ords ?? [0])
			db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 2, 2, 0, 1, 2500, 1, 0, 0, 0, 0, 0, ?)', [cardIdOf(n.id, ord), n.id, deckId, ord, '']);
	}
	for (const r of reviews) {
		db.run('INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, 5000, ?)', [r.at, cardIdOf(r.noteId, r.ord ?? 0), r.ease, r.type ?? 1]);
	}
	const bytes = db.export();
	db.close();
	return bytes;
}

/** A zip as Anki writes a package: the collection under `name`, a media map, and media files. */
export function apkg(files: Record<string, Uint8Array>, media: string[] = []): Uint8Array {
	const mediaFiles = Object.fromEntries(media.map((_, i) => [String(i), new Uint8Array([i])]));
	const map = Object.fromEntries(media.map((name, i) => [String(i), name]));
	return zipSync({ ...files, media: new TextEncoder().encode(JSON.stringify(map)), ...mediaFiles });
}

/**
 * A zstd frame of raw (stored) blocks: what a compressor writes for data it cannot shrink. It
 * is enough to test the zstd path without a compressor (fzstd only decompresses).
 */
export function zstdStored(data: Uint8Array): Uint8Array {
	const BLOCK = 128 * 1024;
	// Magic number; a frame header with no content size and a 128 KiB window (2^(10+7)).
	const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38];
	for (let at = 0; at === 0 || at < data.length; at += BLOCK) {
		const chunk = data.subarray(at, at + BLOCK);
		const last = at + BLOCK >= data.length ? 1 : 0;
		const header = last | (chunk.length << 3);
		parts.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...chunk);
	}
	return new Uint8Array(parts);
}
