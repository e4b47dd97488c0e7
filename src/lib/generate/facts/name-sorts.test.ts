import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../questions';
import { splitSentences } from '../sentences';
import { extractFacts } from './index';
import { affiliatedName, looksLikeNonPerson, organisationSort, personSort, placeSort, sameName } from './name-sorts';

describe('name sorts', () => {
	it('sorts places by their head word, before or after the name', () => {
		expect(placeSort({ text: 'River Thames', placeClass: 'locality', nameClass: 'locality' })).toBe('river');
		expect(placeSort({ text: 'Harbour Park', placeClass: 'locality', nameClass: 'locality' })).toBe('venue');
		expect(placeSort({ text: "Tanner's Row", placeClass: 'locality', nameClass: 'locality' })).toBe('street');
		expect(placeSort({ text: 'Gulf of Guinea', placeClass: 'locality', nameClass: 'locality' })).toBe('sea');
		expect(placeSort({ text: 'Valencia', placeClass: 'locality', nameClass: 'locality' })).toBe('locality');
		expect(placeSort({ text: 'Ebrovia', placeClass: 'locality', nameClass: 'locality|the' })).toBe('locality|the');
		expect(placeSort({ text: 'Kenya', placeClass: 'country', nameClass: 'country' })).toBe('country');
		expect(placeSort({ text: 'Danube', placeClass: 'locality', nameClass: 'locality|the' })).toBe('river');
		expect(placeSort({ text: 'Scandinavia', placeClass: 'locality', nameClass: 'locality' })).toBe('region');
		expect(placeSort({ text: 'Defenestration of Prague', placeClass: 'locality', nameClass: 'named' })).toBe('named');
	});

	it('never sorts a body read as a place among sites', () => {
		expect(placeSort({ text: 'Parliament', placeClass: 'locality', nameClass: 'locality' })).toBe('institution');
		expect(placeSort({ text: 'Beckton', placeClass: 'locality', nameClass: 'locality' })).toBe('locality');
		expect(placeSort({ text: 'Parliament Square', placeClass: 'locality', nameClass: 'locality' })).toBe('street');
	});

	it('sorts a sea named after a country as a sea', () => {
		expect(placeSort({ text: 'Gulf of Guinea', placeClass: 'country', nameClass: 'country|the' })).toBe('sea');
		expect(placeSort({ text: 'Ivory Coast', placeClass: 'country', nameClass: 'coast' })).toBe('country');
	});

	it('never sorts a person "of" a country as a country', () => {
		expect(placeSort({ text: 'Mateo Ferreira of Portugal', placeClass: 'country', nameClass: 'country' })).toBe('named');
		expect(placeSort({ text: 'Democratic Republic of Congo', placeClass: 'country', nameClass: 'country' })).toBe('country');
	});

	it('sorts organisations into companies, agencies, universities and the like', () => {
		expect(organisationSort({ text: 'Tan Phat Electronics', nameClass: 'organisation' })).toBe('company');
		expect(organisationSort({ text: 'University of Leeds', nameClass: 'organisation' })).toBe('university');
		expect(organisationSort({ text: 'Philippine Institute of Volcanology and Seismology', nameClass: 'organisation' })).toBe('research');
		expect(organisationSort({ text: 'Department for Environment', nameClass: 'organisation' })).toBe('agency');
		expect(organisationSort({ text: 'Sparta', nameClass: 'club' })).toBe('club');
		expect(organisationSort({ text: 'Play Out Loud', nameClass: 'organisation:association|the' })).toBe('association');
	});

	it('groups people by the last role word of their role', () => {
		expect(personSort('Sparta goalkeeper')).toBe('player');
		expect(personSort('Harbour City coach')).toBe('staff');
		expect(personSort('the provincial health officer')).toBe('official');
		expect(personSort(undefined)).toBe('person');
	});

	it('takes two spellings of one thing as the same name', () => {
		expect(sameName('River Thames', 'Thames')).toBe(true);
		expect(sameName('ESA', 'European Space Agency')).toBe(true);
		expect(sameName('Kyiv', 'Kyiv region')).toBe(true);
		expect(sameName('North Korea', 'South Korea')).toBe(false);
		expect(sameName('wickets', 'wicket')).toBe(true);
	});

	it('takes a given name cut to its initial for the same person, and a relative for another', () => {
		for (const [a, b] of [
			['H. Marlowe', 'Hester Marlowe'],
			['J. C. Farrant', 'John Farrant'],
			['J. C. Farrant', 'John Charles Farrant'],
			['Ngozi Farrant-Lund', 'N. Farrant-Lund'],
			['A Okafor', 'Amaka Okafor']
		])
			expect(sameName(a, b), `${a} / ${b}`).toBe(true);
		for (const [a, b] of [
			['H. Marlowe', 'Thomas Marlowe'],
			['J. C. Farrant', 'John Deane Farrant'],
			['H. Marlowe', 'H. Marlow'],
			['Hester Marlowe', 'Thomas Marlowe'],
			['T. Okafor', 'Amaka Okafor']
		])
			expect(sameName(a, b), `${a} / ${b}`).toBe(false);
	});
});

describe('looksLikeNonPerson', () => {
	it('tells a club, a firm or a body misread as a person from a person', () => {
		for (const name of ['Dunmore City', 'Kelderby Energi', 'Halden Group', 'Varn Rovers', 'Tarsk Ministry']) expect(looksLikeNonPerson(name), name).toBe(true);
		for (const name of ['Sarah Hill', 'Dana Okoro', 'Mykhailo Fedorov', 'John Field', 'Okoro']) expect(looksLikeNonPerson(name), name).toBe(false);
	});
});

describe('affiliatedName', () => {
	const rows: [string, string | null][] = [
		['Mateo Ferreira of Portugal', 'Mateo Ferreira'],
		['Anna Ivanova of Russia', 'Anna Ivanova'],
		['Kwame Mensah of Ghana', 'Kwame Mensah'],
		['Democratic Republic of the Congo', null],
		['United States of America', null],
		['Gulf of Guinea', null],
		['Isle of Man', null],
		['Grand Duchy of Luxembourg', null],
		['Hall of Peace', null]
	];
	for (const [text, name] of rows) it(`reads ${name ?? 'no person'} in "${text}"`, () => expect(affiliatedName(text)).toBe(name));

	it('blanks the person’s name only, leaving the country in the prompt', () => {
		const text = 'In the final on Sunday, the top seed Mateo Ferreira of Portugal will play the qualifier Jack Tolland.';
		const sentences = splitSentences(text);
		const facts = extractFacts(sentences, null);
		const cloze = buildCandidates(facts, sentences, text).find((c) => c.question.type === 'cloze' && /Ferreira/.test(c.fact.answer))?.question;
		expect(cloze?.prompt).toContain('the top seed ____ of Portugal will play');
		expect(cloze?.type === 'cloze' && cloze.answer).toBe('Mateo Ferreira');
	});
});
