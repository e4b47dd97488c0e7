import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from '../kinds/test-helpers';

const people = (text: string) => [...new Set(factsOf(text, 'person').map((f) => `${f.key}${f.role ? `: ${f.role}` : ''}`))];

describe('casting', () => {
	it.each([
		['Greta Voss, played by Sian Maddox, keeps a boarding house on the quay.', ['Greta Voss', 'Sian Maddox: the actor who plays Greta Voss']],
		['Her brother Tobias, played by Rafe Elling, has come home from the shipyards.', ['Rafe Elling: the actor who plays Tobias']],
		['The Countess, sung by Maria Lenz, never leaves the stage.', ['Maria Lenz: the singer who sings the Countess']],
		['The fox Jonah Pike, voiced by Tom Hale, narrates the film.', ['Jonah Pike', 'Tom Hale: the actor who voices Jonah Pike']]
	])('reads the part and its performer in %s', (text, expected) => {
		expect(people(text)).toEqual(expected);
	});

	it.each([
		'The final, played by Arsenal and Chelsea in the rain, ended level.',
		'The match, played by Nora Lind at a furious pace, lasted an hour.',
		'Harbour Town, played by many as favourites, lost again.',
		'The wedding song, played by Sam Ode, was a waltz.'
	])('gives no part in %s', (text) => {
		expect(people(text).filter((p) => /plays|sings|voices/.test(p))).toEqual([]);
	});

	it('asks what the part does, not "Who played by …?"', () => {
		const prompts = questionsOf('Greta Voss, played by Sian Maddox, keeps a boarding house on the quay.', 'person').map((q) => q.prompt);
		expect(prompts).toContain('Who keeps a boarding house on the quay?');
		expect(prompts.filter((p) => /^Who played by/.test(p))).toEqual([]);
	});
});
