// Installed in every page of the bench before the app runs (an init script). It times, with
// performance marks inside the page, a learner's action (the click, from the event's own time
// stamp, so time the input waited in the queue counts) until its result is in the document
// (the first mutation after which a new element matches the awaited selector). That is the
// moment the next frame paints it; no wait for the frame is added, so the figure does not round
// up to the display's refresh.
(() => {
	/** @type {{ name: string, selector: string, before: Element | null, start: number | null, done: (ms: number) => void } | null} */
	let armed = null;
	/** @type {Promise<number> | null} */
	let pending = null;

	/** @param {Event} event */
	const started = (event) => {
		if (!armed || armed.start !== null) return;
		armed.start = event.timeStamp;
		performance.mark(`${armed.name}:action`, { startTime: event.timeStamp });
	};
	// A click, or a choice in a select (a filter): whichever the learner's action is.
	document.addEventListener('click', started, true);
	document.addEventListener('change', started, true);

	const check = () => {
		if (!armed || armed.start === null) return;
		const el = document.querySelector(armed.selector);
		if (!el || el === armed.before) return;
		const { name, done } = armed;
		armed = null;
		performance.mark(`${name}:shown`);
		done(performance.measure(name, `${name}:action`, `${name}:shown`).duration);
	};

	const firstCard = new MutationObserver(() => {
		if (!document.querySelector('[data-question-id]')) return;
		performance.mark('factdeck:first-card');
		firstCard.disconnect();
	});
	firstCard.observe(document, { childList: true, subtree: true });
	new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });

	Object.defineProperty(window, '__probe', {
		value: {
			/** Waits for the next click or change, then for a new element matching `selector`. */
			arm(/** @type {string} */ name, /** @type {string} */ selector) {
				pending = new Promise((resolve, reject) => {
					armed = { name, selector, before: document.querySelector(selector), start: null, done: resolve };
					setTimeout(() => reject(new Error(`${name}: nothing matched ${selector} within 20 s`)), 20_000);
				});
				pending.catch(() => {});
			},
			/** @returns {Promise<number>} milliseconds from the click to the result in the document */
			result() {
				if (!pending) throw new Error('the probe was not armed');
				return pending;
			},
			/** @returns {number | null} milliseconds from navigation start to the first card in the document */
			firstCard() {
				const mark = performance.getEntriesByName('factdeck:first-card')[0];
				return mark ? mark.startTime : null;
			},
			/** @returns {string[]} every script this page has loaded */
			scripts() {
				return performance
					.getEntriesByType('resource')
					.map((entry) => entry.name)
					.filter((url) => new URL(url).pathname.endsWith('.js'));
			}
		}
	});
})();
