import type { SrsSettings } from '$lib/srs/settings-read';
import type { SessionRecord } from './records';
import type { AnswerInput } from './study';

/**
 * Answers on their way to IndexedDB, kept meanwhile in localStorage. Writing to localStorage is
 * synchronous: once the call returns, the browser holds the answer outside the page, so a tab
 * that dies before the answer's transaction commits (a transaction the page did not finish is
 * aborted with it) leaves the answer here, and the next start replays it (answer-replay.ts).
 * That is what lets the next card go on screen at once instead of after the write.
 *
 * This module imports nothing heavy: every start looks here, and only a start that finds an
 * entry loads the replay.
 */

/** One answer as the study session gave it: enough to record it again exactly as it was meant. */
export interface JournalEntry {
	session: SessionRecord;
	/** `shownLastReview` is always set: a replay of an answer that did land is refused as stale. */
	input: AnswerInput & { shownLastReview: number | null };
	/** When the answer was given, epoch ms. */
	at: number;
	settings: SrsSettings;
}

/** What a page can keep answers in: localStorage, or a stand-in in tests. */
export type JournalStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const prefix = (dbName: string) => `factdeck:${dbName}:answer:`;

/** The page's localStorage, or null where the browser denies it (the answer is then only written). */
export function pageJournal(): JournalStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** Keeps `entry` until `forget`; returns its key, or null when the store refused it (full, or denied). */
export function journalAnswer(store: JournalStore | null, dbName: string, entry: JournalEntry): string | null {
	if (!store) return null;
	const key = `${prefix(dbName)}${entry.at}:${entry.input.cardId}`;
	try {
		store.setItem(key, JSON.stringify(entry));
		return key;
	} catch {
		return null;
	}
}

export function forgetAnswer(store: JournalStore | null, key: string | null): void {
	if (store && key !== null) store.removeItem(key);
}

/** The keys of the answers kept for database `dbName`, oldest first. */
export function journalKeys(store: JournalStore | null, dbName: string): string[] {
	if (!store) return [];
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key?.startsWith(prefix(dbName))) keys.push(key);
	}
	const at = (key: string) => Number(key.slice(prefix(dbName).length).split(':')[0]);
	return keys.sort((a, b) => at(a) - at(b));
}
