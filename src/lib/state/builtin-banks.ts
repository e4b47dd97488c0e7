import type { Bank } from '$lib/bank/schema';

/**
 * The banks that ship with the app: every JSON file in questions/banks/, bundled at build time
 * (so the service worker precaches them with the app shell) and loaded only when first needed.
 * Each was checked when the app was built (src/build/checked-banks.ts) and is bundled as the
 * validator's output, so it is a `Bank` as it stands; the build fails on one that is not.
 */
export type BuiltInBankLoader = () => Promise<Bank>;

export const builtInBanks: BuiltInBankLoader[] = Object.values(import.meta.glob<Bank>('/questions/banks/*.json', { import: 'default' }));
