// Factdeck keeps all data in the learner's IndexedDB, so pages load it in the browser. A page
// whose frame can be drawn without it opts in to being rendered when the app is built (its own
// +page.ts sets `ssr` and `prerender`); the rest start from the SPA fallback.
export const ssr = false;
export const prerender = false;
