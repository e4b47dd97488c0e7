import { describe, expect, it } from 'vitest';
import { unresolvedReference } from './references';
import { pronounWithoutAntecedent } from './references-agreement';

describe('an object pronoun and the subject of its own clause', () => {
	it('is unresolved when the only thing before it that it could mean is its own subject', () => {
		for (const [p, pronoun] of [
			['A burst of 14 straight goals, sealed by a lob from winger Tomas Brandt, lifted them into second place.', 'them'],
			['A crowd of 5,000 supporters greeted them at the harbour.', 'them'],
			['The tribunal ordered them to repay the grant within a year.', 'them'],
			['A late frost killed it within a week.', 'it'],
			['Why did the Rovers leave them out of the squad?', 'them']
		])
			expect(pronounWithoutAntecedent(p), p).toBe(pronoun);
		expect(unresolvedReference('A crowd of 5,000 supporters greeted them at the harbour.')).not.toBeNull();
	});

	it('is unresolved when the blank before it is one person named in apposition to a role', () => {
		for (const p of [
			'A burst of 14 straight goals, sealed by a lob from winger ____, lifted them into second place.',
			'After a save by goalkeeper ____, the referee sent them off.'
		])
			expect(pronounWithoutAntecedent(p), p).toBe('them');
		// A group's name, or a blank that modifies the noun after it, may still be what "they" means.
		for (const p of [
			'Supporters of the club ____ booed them off the pitch.',
			'The club ____ said they would appeal.',
			'Patients with type ____ anaemia say their energy returns slowly.'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});

	it('is resolved by a noun elsewhere: in an uncounted "of" phrase, another clause, or after the verb', () => {
		for (const p of [
			'Owners of the faulty kettles should return them to the shop.',
			'The rising price of the lenses made them too dear for most clinics.',
			'The nurses said the new rota had exhausted them.',
			'After the volunteers arrived, the warden thanked them for coming.',
			'The Harriers, who had beaten them twice that season, lost the semi-final.',
			'Lindqvist said it would reopen the plant in spring.',
			'The council bought the old barracks and turned them into flats.'
		])
			expect(pronounWithoutAntecedent(p), p).toBeNull();
	});
});
