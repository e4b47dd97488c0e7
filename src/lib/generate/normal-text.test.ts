import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../quiz/normalise';
import { normalText } from './normal-text';

describe('normalText', () => {
	it('gives what normaliseAnswer gives, the first time and every time after', () => {
		for (const text of ['Kraków’s “Old Town”', '  The  Métro , Line 4!', 'UAVs', '']) {
			expect(normalText(text)).toBe(normaliseAnswer(text));
			expect(normalText(text)).toBe(normaliseAnswer(text));
		}
	});
});
