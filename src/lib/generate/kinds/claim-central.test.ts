import { describe, expect, it } from 'vitest';
import type { Candidate } from '../questions/candidate';
import { CLAIM_BAR, keptClaim } from './claim-central';
import { factsOf } from './test-helpers';

describe('which claims are kept', () => {
	const claimOf = (text: string, type: 'true_false' | 'short_answer') => {
		const c = { fact: factsOf(text, 'claim')[0], sentence: { index: 0 }, question: { type } };
		return c as unknown as Candidate;
	};
	const text = 'The flywheel stores the spare energy of the braking wheels.';

	it('keeps a claim only from a central sentence', () => {
		expect(keptClaim(claimOf(text, 'true_false'), new Map([[0, CLAIM_BAR]]), 'Trams that store their own energy')).toBe(true);
		expect(keptClaim(claimOf(text, 'true_false'), new Map([[0, CLAIM_BAR - 0.1]]), 'Trams that store their own energy')).toBe(false);
	});

	it('asks no typed claim whose answer the headline names', () => {
		expect(keptClaim(claimOf(text, 'short_answer'), new Map([[0, 1]]), 'How a flywheel saves a tram its energy')).toBe(false);
		expect(keptClaim(claimOf(text, 'short_answer'), new Map([[0, 1]]), 'Trams that store their own energy')).toBe(true);
	});
});
