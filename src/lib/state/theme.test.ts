import { describe, expect, it } from 'vitest';
import { parseTheme, Theme, THEME_KEY } from './theme.svelte';

function host(stored: Record<string, string> = {}, refuse = false) {
	const root = document.createElement('html');
	const storage = {
		getItem: (key: string) => stored[key] ?? null,
		setItem: (key: string, value: string) => {
			if (refuse) throw new DOMException('full', 'QuotaExceededError');
			stored[key] = value;
		},
		removeItem: (key: string) => void delete stored[key]
	};
	return { root, storage, stored };
}

describe('the theme choice', () => {
	it('reads only light or dark back; anything else follows the system', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('light')).toBe('light');
		for (const damaged of [null, '', 'Dark', 'blue', 3]) expect(parseTheme(damaged)).toBe('system');
	});

	it('starts from the stored choice', () => {
		expect(new Theme(host({ [THEME_KEY]: 'dark' })).choice).toBe('dark');
		expect(new Theme(host({ [THEME_KEY]: 'purple' })).choice).toBe('system');
	});

	it('applies a choice to the page and keeps it; the system choice removes both', () => {
		const h = host();
		const theme = new Theme(h);
		theme.choose('dark');
		expect(h.root.dataset.theme).toBe('dark');
		expect(h.stored[THEME_KEY]).toBe('dark');
		theme.choose('system');
		expect(h.root.dataset.theme).toBeUndefined();
		expect(h.stored[THEME_KEY]).toBeUndefined();
	});

	it('still applies a choice the browser will not store, and says so', () => {
		const h = host({}, true);
		const theme = new Theme(h);
		theme.choose('light');
		expect(h.root.dataset.theme).toBe('light');
		expect(theme.failure).toMatch(/would not keep the choice/);
	});
});
