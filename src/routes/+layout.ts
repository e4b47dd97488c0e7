// Factdeck is a client-only app: all data lives in the learner's IndexedDB.
export const ssr = false;
export const prerender = false;
