import { Dexie } from 'dexie';
import { FactdeckDatabase } from './database';
import { StorageError } from './errors';

const UNAVAILABLE =
	'This browser gives Factdeck no storage (IndexedDB is unavailable), so progress cannot be kept. Use a normal (not private) window, or allow this site to store data.';

/** How long opening may take before the learner is told and offered to retry. */
export const OPEN_TIMEOUT_MS = 10_000;

/** Why another tab took the database away from this one. */
export type Replaced = 'upgraded' | 'deleted';

export interface OpenHandlers {
	/** Another tab holds an older version open; opening waits until it lets go. */
	onBlocked?: () => void;
	/**
	 * Another tab needs a newer version, or deleted the database (or the site's data was
	 * cleared): this tab let go of the database and must reload.
	 */
	onReplaced?: (why: Replaced) => void;
}

/**
 * Opens the database or throws a StorageError that says plainly why it cannot: no IndexedDB
 * (storage disabled, some private modes), no answer within `timeoutMs` (a browser that never
 * finishes opening; not counted while another tab blocks the upgrade, which has its own
 * message), or any other failure to open.
 */
export async function openDatabase(name?: string, handlers: OpenHandlers = {}, timeoutMs = OPEN_TIMEOUT_MS): Promise<FactdeckDatabase> {
	if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', UNAVAILABLE);
	const db = new FactdeckDatabase(name);
	let blocked = false;
	db.on('blocked', () => {
		blocked = true;
		handlers.onBlocked?.();
	});
	db.on('versionchange', (event) => {
		db.close();
		// A deletion asks for no version at all.
		handlers.onReplaced?.(event.newVersion === null ? 'deleted' : 'upgraded');
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timedOut = new Promise<never>((_, reject) => {
		const check = () => {
			if (blocked) timer = setTimeout(check, timeoutMs);
			else reject(new StorageError('timeout', timeoutMessage(timeoutMs)));
		};
		timer = setTimeout(check, timeoutMs);
	});
	try {
		await Promise.race([db.open(), timedOut]);
	} catch (error) {
		// Closing also ends an open still pending, so a late answer cannot leave it in use.
		db.close();
		if (error instanceof StorageError) throw error;
		if (error instanceof Dexie.MissingAPIError) throw new StorageError('unavailable', UNAVAILABLE);
		const reason = error instanceof Error ? error.message : String(error);
		throw new StorageError('failed', `Factdeck could not open its storage on this device: ${reason}`);
	} finally {
		clearTimeout(timer);
	}
	return db;
}

function timeoutMessage(ms: number): string {
	return `The browser did not open Factdeck's storage within ${ms / 1000} seconds, so your decks cannot be shown. Nothing was changed. Close other Factdeck tabs, then press Retry; if it keeps happening, restart the browser.`;
}
