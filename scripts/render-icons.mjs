// Renders the PNG app icons from static/favicon.svg with Debian's Chromium. Run by hand when
// the icon changes (`node scripts/render-icons.mjs`); the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('static/favicon.svg', 'utf8');
const targets = [
	{ file: 'static/icons/icon-192.png', size: 192, inset: 0, round: true },
	{ file: 'static/icons/icon-512.png', size: 512, inset: 0, round: true },
	// Maskable icons are cropped to a circle or squircle: keep the artwork in the middle 80%.
	{ file: 'static/icons/icon-maskable-512.png', size: 512, inset: 0.1, round: false },
	{ file: 'static/apple-touch-icon.png', size: 180, inset: 0.06, round: false }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const page = await browser.newPage();
for (const t of targets) {
	const pad = Math.round(t.size * t.inset);
	await page.setViewportSize({ width: t.size, height: t.size });
	await page.setContent(
		`<body style="margin:0;background:${t.round ? 'transparent' : '#1f4e79'}">` +
			`<div style="padding:${pad}px;width:${t.size - 2 * pad}px;height:${t.size - 2 * pad}px">` +
			svg.replace('<svg ', '<svg width="100%" height="100%" ') +
			'</div></body>'
	);
	await page.screenshot({ path: t.file, omitBackground: t.round });
}
await browser.close();
