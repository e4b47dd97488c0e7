import { Dexie } from 'dexie';
import { FactdeckDatabase } from './database';
import { StorageError } from './errors';

const UNAVAILABLE =
	'This browser gives Factdeck no storage (IndexedDB is unavailable), so progress cannot be kept. Use a normal (not private) window, or allow this site to store data.';

export interface OpenHandlers {
	/** Another tab holds an older version open; opening waits until it lets go. */
	onBlocked?: () => void;
	/** Another tab needs a newer version: this tab let go of the database and must reload. */
	onReplaced?: () => void;
}

/**
 * Opens the database or throws a StorageError that says plainly why it cannot: no IndexedDB
 * (storage disabled, some private modes) or any other failure to open.
 */
export async function openDatabase(name?: string, handlers: OpenHandlers = {}): Promise<FactdeckDatabase> {
	if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', UNAVAILABLE);
	const db = new FactdeckDatabase(name);
	if (handlers.onBlocked) db.on('blocked', handlers.onBlocked);
	db.on('versionchange', () => {
		db.close();
		handlers.onReplaced?.();
	});
	try {
		await db.open();
	} catch (error) {
		if (error instanceof Dexie.MissingAPIError) throw new StorageError('unavailable', UNAVAILABLE);
		const reason = error instanceof Error ? error.message : String(error);
		throw new StorageError('failed', `Factdeck could not open its storage on this device: ${reason}`);
	}
	return db;
}
