import { describe, expect, it } from 'vitest';
import { negated } from './claim-false';

describe('denying a verb', () => {
	it('puts "not" after a copula or modal and "does not" or "did not" before a base form', () => {
		expect(negated('is let down by its last room')).toBe('is not let down by its last room');
		expect(negated('lowers the pressure sharply')).toBe('does not lower the pressure sharply');
		expect(negated('chose the northern route')).toBe('did not choose the northern route');
		expect(negated('never opened on time')).toBeNull();
	});

	it('denies no copula before a particle ("is on once more")', () => {
		expect(negated('is on once more as the boats return')).toBeNull();
	});
});
