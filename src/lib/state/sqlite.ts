import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

// sql.js with its wasm from the app's own build (precached by the service worker), so that an
// Anki package can be imported with no network. Loaded only when a package is read.

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlite(): Promise<SqlJsStatic> {
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
