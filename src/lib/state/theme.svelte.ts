/** How the app is drawn: as the system says (the default), or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
	{ value: 'system', label: 'As the device (system)' },
	{ value: 'light', label: 'Light' },
	{ value: 'dark', label: 'Dark' }
];

/**
 * Where the choice is kept. localStorage, not IndexedDB: src/app.html reads it synchronously
 * before the first paint, so a dark page never flashes light. Keep the key in step with it.
 */
export const THEME_KEY = 'factdeck-theme';

/** A stored value read back: anything but 'light' or 'dark' (missing, damaged) means the system's. */
export function parseTheme(stored: unknown): ThemeChoice {
	return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The page it applies to and the store it is kept in; both absent outside a browser. */
interface ThemeHost {
	root: HTMLElement;
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** The learner's theme: read once, applied to `<html data-theme>` and kept on every change. */
export class Theme {
	#choice = $state<ThemeChoice>('system');
	#failure = $state<string | null>(null);

	constructor(private readonly host: ThemeHost) {
		this.#choice = parseTheme(this.#read());
	}

	get choice(): ThemeChoice {
		return this.#choice;
	}
	/** Why the last choice could not be kept for the next visit (it still applies now). */
	get failure(): string | null {
		return this.#failure;
	}

	choose(choice: ThemeChoice): void {
		this.#choice = choice;
		if (choice === 'system') delete this.host.root.dataset.theme;
		else this.host.root.dataset.theme = choice;
		try {
			if (choice === 'system') this.host.storage.removeItem(THEME_KEY);
			else this.host.storage.setItem(THEME_KEY, choice);
			this.#failure = null;
		} catch {
			this.#failure = 'This browser would not keep the choice (its storage is full or blocked): it applies until the page is closed.';
		}
	}

	#read(): string | null {
		try {
			return this.host.storage.getItem(THEME_KEY);
		} catch {
			return null;
		}
	}
}

/** The theme of this page. A browser that denies localStorage itself gets a store that keeps nothing. */
export function pageTheme(): Theme {
	let storage: ThemeHost['storage'];
	try {
		storage = window.localStorage;
	} catch {
		storage = {
			getItem: () => null,
			setItem: () => {
				throw new Error('no storage');
			},
			removeItem: () => {}
		};
	}
	return new Theme({ root: document.documentElement, storage });
}
