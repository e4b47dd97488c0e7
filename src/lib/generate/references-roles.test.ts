import { describe, expect, it } from 'vitest';
import { articleRoles, groupLeaders, nameLedGroups, settleRoles } from './references-roles';

const people = new Set(['Lind', 'Holt', 'Park', 'Berg', 'Sand', 'Okoro', 'Vance', 'Marsh', 'Duval', 'Ferro', 'Quist', 'Tamm']);
const settle = (prompt: string, article: string) => settleRoles(prompt, articleRoles(article, people));

/** One article per register, each naming its role-holders in apposition or before the name. */
const sport =
	'Rovers defender Ana Lind cleared off the line. Later, Rovers defender Mia Holt was booked. City striker Jo Park scored twice. Ola Berg, the first substitute, came on at half-time. Substitute Ivo Sand scored.';
const science = 'The paper was written by the geologist Dr. Femi Okoro and Ruth Vance, a geologist at Lund. Tom Marsh, a chemist at Oslo, ran the tests.';
const business = 'Carla Duval, the chief executive, said sales rose. Finance director Luca Ferro was less sure.';
const history = 'Anders Quist, an engineer, designed the dam. His partner Eva Tamm, also an engineer, built the sluices.';

describe('articleRoles', () => {
	it('reads role nouns and their holders from appositions and from a noun before a name', () => {
		const roles = articleRoles(`${sport} ${science}`, people);
		expect([...(roles.get('defender')?.keys() ?? [])]).toEqual(['Lind', 'Holt']);
		expect([...(roles.get('substitute')?.keys() ?? [])].sort()).toEqual(['Berg', 'Sand']);
		expect([...(roles.get('geologist')?.keys() ?? [])].sort()).toEqual(['Okoro', 'Vance']);
		expect(roles.get('chemist')?.get('Marsh')?.name).toBe('Tom Marsh');
	});

	it('reads no role from a verb, a preposition, a particle of a name or a firm', () => {
		const roles = articleRoles(
			'Rovers, the home side, beat Lind. Coaches praised Holt. Count Maximilian von Park signed. Harlow Foods, the firm, grew.',
			people
		);
		expect([...roles.keys()]).toEqual([]);
	});
});

describe('settleRoles', () => {
	it('drops a role two people in the article hold', () => {
		expect(settle('The substitute scored in the ____ minute.', sport)).toBeNull();
		expect(settle('The Rovers defender was booked in the ____ minute.', sport)).toBeNull();
		expect(settle('The geologist dated the core to ____ years.', science)).toBeNull();
		expect(settle('Was the dam finished before the engineer retired?', history)).toBeNull();
	});

	it('names the one other holder of "a fellow …" or "the other …"', () => {
		expect(settle('Quist designed the dam with a fellow engineer in ____.', history)).toBe('Quist designed the dam with Eva Tamm in ____.');
		expect(settle('Okoro checked the samples with a fellow geologist.', science)).toBe('Okoro checked the samples with Ruth Vance.');
	});

	it('keeps a role one person holds, or one the prompt pins to a side or a name', () => {
		expect(settle('The City striker scored in the ____ minute.', sport)).toBe('The City striker scored in the ____ minute.');
		expect(settle('The chemist ran ____ tests.', science)).toBe('The chemist ran ____ tests.');
		expect(settle('The chief executive said sales rose by ____.', business)).toBe('The chief executive said sales rose by ____.');
		expect(settle('The defender ____ cleared off the line.', sport)).toBe('The defender ____ cleared off the line.');
		expect(settle('Lind, the defender, cleared off the line.', sport)).toBe('Lind, the defender, cleared off the line.');
		expect(settle('A substitute may come on at half-time.', sport)).toBe('A substitute may come on at half-time.');
		expect(settle('The defender’s header went wide.', 'A defender headed wide.')).toBe('The defender’s header went wide.');
	});
});

describe('nameLedGroups', () => {
	const name = (prompt: string, article: string) => nameLedGroups(prompt, groupLeaders(article, people));
	const reefs = 'The team, led by marine biologist Dr. Femi Okoro of the University of Accra, followed 48 reefs.';

	it('says whose a bare "the team" is when the article names one person leading it', () => {
		expect(name('Reefs recovered in every case the team recorded by ____.', reefs)).toBe('Reefs recovered in every case Okoro’s team recorded by ____.');
		expect(name('The panel voted ____ to 2.', 'The panel, headed by Ruth Vance, met in May.')).toBe('Vance’s panel voted ____ to 2.');
	});

	it('leaves a group with two leaders, one led by a firm, a plural, and a prompt that names the leader', () => {
		const two = 'The team led by Ruth Vance drilled first. Later the team led by Tom Marsh took over.';
		expect(name('The team drilled for ____ days.', two)).toBe('The team drilled for ____ days.');
		expect(name('The group paid ____ euros.', 'Veridia raised money from a group led by the Dutch fund Zeeland Capital. The group paid more.')).toBe(
			'The group paid ____ euros.'
		);
		expect(name('The directors refused in ____.', 'The directors, led by the mill owner Carla Duval, refused.')).toBe('The directors refused in ____.');
		expect(name('Okoro said the team followed ____ reefs.', reefs)).toBe('Okoro said the team followed ____ reefs.');
		expect(name('The team, led by Dr. Femi Okoro, followed ____ reefs.', reefs)).toBe('The team, led by Dr. Femi Okoro, followed ____ reefs.');
	});
});
