/**
 * The banks that ship with the app: every JSON file in questions/banks/, bundled at build time
 * (so the service worker precaches them with the app shell) and loaded only when first needed.
 */
const modules = import.meta.glob<unknown>('/questions/banks/*.json', { import: 'default' });

export interface BuiltInBankSource {
	file: string;
	load: () => Promise<unknown>;
}

export const builtInBanks: BuiltInBankSource[] = Object.entries(modules).map(([path, load]) => ({
	file: path.replace(/^\//, ''),
	load
}));
