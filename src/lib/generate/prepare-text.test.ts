import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare-text';

describe('prepareText publication date', () => {
	it('reads the date of a news dateline that opens with its place', () => {
		expect(prepareText('Port handles record cargo\n\nVARNHOLM, Feb. 12, 2025 —\n\nThe port handled more cargo.').published).toBe('2025-02-12');
		expect(prepareText('Headline\n\nGENEVA, March 3, 2024 — Talks resumed on Monday.').published).toBe('2024-03-03');
	});

	it('takes no date from an ordinary sentence that happens to give one', () => {
		expect(prepareText('Headline\n\nThe treaty, signed on March 3, 2024 — after long talks — held.').published).toBeUndefined();
	});
});
