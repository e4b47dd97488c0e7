import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgressBar from './ProgressBar.svelte';

const value = () => Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'));

describe('ProgressBar', () => {
	it('never reads full while a card is left, however many were done', () => {
		render(ProgressBar, { done: 999, left: 1, label: '999 done, 1 left' });
		expect(value()).toBe(99);
	});

	it('reads full when nothing is left, and empty before anything is done', () => {
		const { unmount } = render(ProgressBar, { done: 3, left: 0, label: 'all done' });
		expect(value()).toBe(100);
		unmount();
		render(ProgressBar, { done: 0, left: 0, label: 'nothing' });
		expect(value()).toBe(0);
	});

	it('says what it stands for in words', () => {
		render(ProgressBar, { done: 2, left: 6, label: '2 done; left now: 6 new' });
		expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 done; left now: 6 new');
		expect(value()).toBe(25);
	});
});
