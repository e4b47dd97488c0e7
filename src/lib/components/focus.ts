import type { Attachment } from 'svelte/attachments';

/** Moves keyboard focus to the element when it appears, so Enter and Space act on it. */
export const focusOnMount: Attachment<HTMLElement> = (element) => {
	element.focus({ preventScroll: true });
};

/** Whether Enter or Space on this target already does something of its own (a click, a submit). */
export function isOwnedByControl(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && target.closest('button, a, input, select, textarea, [contenteditable]') !== null;
}

/** Whether the learner is typing text, so digit keys must not be taken as shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
	return target.closest('textarea, select, [contenteditable]') !== null;
}

export function isButtonOrLink(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && target.closest('button, a') !== null;
}

/**
 * Scrolls the element into view when it appears (feedback after Check, a card's back, the
 * generator's results), so that what the learner just asked for is on screen; `scroll-margin`
 * in CSS keeps it clear of the sticky header and dock. jsdom has no layout and no scrollIntoView.
 */
export function scrollIntoViewOnMount(block: ScrollLogicalPosition): Attachment<HTMLElement> {
	return (element) => {
		element.scrollIntoView?.({ block });
	};
}
