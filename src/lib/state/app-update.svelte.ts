import { registerSW } from 'virtual:pwa-register';

const HOUR = 60 * 60 * 1000;

/**
 * The service worker's side of the app: it registers the worker, and when a new version has
 * been downloaded it waits for the learner to agree before switching, so that a session in
 * progress is never reloaded from under them.
 */
export class AppUpdate {
	#needReload = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	get needReload(): boolean {
		return this.#needReload;
	}

	register(): void {
		if (this.#update || !('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			onNeedRefresh: () => {
				this.#needReload = true;
			},
			onRegisteredSW: (_url, registration) => {
				// An installed app may stay open for days: look for a new version now and then.
				if (registration) setInterval(() => registration.update().catch(() => {}), HOUR);
			}
		});
	}

	/**
	 * Lets the waiting worker take over, then reloads into the new version. The reload is ours:
	 * workbox-window reloads by itself only for updates it found at registration, not for those
	 * found later by `registration.update()`.
	 */
	async reload(): Promise<void> {
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
		await this.#update?.(true);
	}

	dismiss(): void {
		this.#needReload = false;
	}
}

export const appUpdate = new AppUpdate();
