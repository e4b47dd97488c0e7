import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { pronounWithoutAntecedent } from './references-agreement';

describe('a pronoun further into the prompt', () => {
	it('is unresolved when nothing before it agrees with it', () => {
		for (const p of [
			'Why is it that for every unit of electricity they use, the pumps at Orsby deliver ____ units of heat?',
			'Most visitors praised its ____ rooms.'
		])
			expect(pronounWithoutAntecedent(p), p).not.toBeNull();
	});

	it('is resolved by a plural, a group, a name or a single thing before it', () => {
		for (const p of [
			'The heat pumps at Orsby deliver ____ units of heat for every unit of electricity they use.',
			'The Orsby council said they would spend ____ pounds on the bridge.',
			'Velo Systems told reporters that they had sold ____ bikes.',
			'Sparta, who had won eleven of their ____ home matches, pressed high.',
			'The new Orsby museum opened its ____ rooms in May.'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});

	it('makes the prompt fail the reference check, and "much of it" with it', () => {
		expect(unresolvedReference('Even so, for every unit of electricity they use, the pumps deliver ____ units of heat.')).not.toBeNull();
		expect(unresolvedReference('Much of it is piped to ____ homes in the north of the town.')).not.toBeNull();
	});
});
