import { expect, type Locator, type Page } from '@playwright/test';

/** Imports a bank file through Home's file picker, as a person would pick it. */
export async function importFile(page: Page, name: string, content: unknown): Promise<void> {
	const text = typeof content === 'string' ? content : JSON.stringify(content);
	await page.getByLabel('Import a deck (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The page is no wider than the screen: nothing pushed it sideways. */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
	const width = page.viewportSize()?.width ?? 0;
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth, `${screen}: the page is ${scrollWidth} px wide on a ${width} px screen`).toBeLessThanOrEqual(width);
}

/**
 * Whether `word`, one of the app's own words inside `container`, is drawn left to right, letter
 * after letter. A direction override left open by outside text earlier in the same paragraph
 * draws it backwards.
 */
export async function expectReadsLeftToRight(container: Locator, word: string): Promise<void> {
	const order = await container.evaluate((root, word) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent?.indexOf(word) ?? -1;
			if (at < 0) continue;
			const lefts = [at, at + word.length - 1].map((i) => {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				return range.getBoundingClientRect().left;
			});
			return lefts[1] - lefts[0];
		}
		return null;
	}, word);
	expect(order, `"${word}" is not in the text`).not.toBeNull();
	expect(order, `"${word}" is drawn backwards`).toBeGreaterThan(0);
}
