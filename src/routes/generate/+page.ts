// The page's frame (header, heading, what it shows while the database opens) is rendered when
// the app is built, so it paints before any JavaScript runs; its data still loads in the browser.
export const ssr = true;
export const prerender = true;
