import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../../quiz/normalise';
import { entityDistractors } from '../distractors';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokens';
import { statedKinds } from './entities';
import { extractFacts } from './index';
import { kindFits } from './place-kinds';
import type { PlaceFact } from './types';

/** The kind one sentence states for `name`, if any. */
function kindIn(sentence: string, name: string): string | undefined {
	const [s] = splitSentences(sentence);
	return statedKinds({ ...s, tokens: tokenize(s.text) }).find(([n]) => n === normaliseAnswer(name))?.[1];
}

describe('the kind of place a sentence states', () => {
	const rows: [string, string, string | undefined][] = [
		['The rocket lifted off from the island of Andøya on Wednesday.', 'Andøya', 'island'],
		['The treaties were signed in the towns of Münster and Osnabrück.', 'Osnabrück', 'settlement'],
		['Sweden received the bishoprics of Bremen and Verden.', 'Verden', 'area'],
		['The agency plans to study Europa, a moon of Jupiter, in the next decade.', 'Europa', 'moon'],
		['The drill team camped near the volcanic depression known as Grímsvötn.', 'Grímsvötn', 'depression'],
		['The festival moved to Mati, the provincial capital, in 2019.', 'Mati', 'settlement'],
		['The museum stands in the Belém district, near the river.', 'Belém', 'area'],
		// Near misses: a part of a place, a capital of a country, a singular kind that names one town only, a product.
		['Reefs off the coast of Ghana are recovering, the survey found.', 'Ghana', undefined],
		['The bank moved its offices to the capital of Norway.', 'Norway', undefined],
		['Prices rose fastest in the town of Ashby, Kent, last year.', 'Kent', undefined],
		['Builders still prefer Portland cement for the foundations.', 'Portland', undefined]
	];
	for (const [sentence, name, kind] of rows) it(`reads ${kind ?? 'no kind'} for ${name} in "${sentence}"`, () => expect(kindIn(sentence, name)).toBe(kind));
});

describe('kindFits', () => {
	const k = (...kinds: string[]) => new Set(kinds);
	it('keeps choices of the key’s kind, or unmarked names beside a town, and never a moon beside an unmarked place', () => {
		expect(kindFits(k('island'), k('island'))).toBe(true);
		expect(kindFits(k('island'), k('settlement'))).toBe(false);
		expect(kindFits(k('island'), undefined)).toBe(false);
		expect(kindFits(k('settlement'), undefined)).toBe(true);
		expect(kindFits(undefined, k('moon'))).toBe(false);
		expect(kindFits(undefined, k('area'))).toBe(true);
		expect(kindFits(undefined, undefined)).toBe(true);
	});
});

describe('wrong places of the kind the article states', () => {
	const text = [
		'The rocket lifted off from the island of Andøya at dawn.',
		'Its engines are tested near the town of Kongsberg.',
		'The company has offices in Bergen and Tromsø.',
		'Its factory is in the village of Ringvik, where 200 people work.',
		'The firm also wants to reach Europa, a moon of Jupiter.',
		'The first stage fell into the sea south of the island of Bjørnøya.',
		'A second pad is planned on the island of Senja and one on the island of Vannøya.'
	].join(' ');
	const facts = extractFacts(splitSentences(text), { year: 2024, month: 5, day: 1 });
	const place = (name: string) => facts.find((f): f is PlaceFact => f.kind === 'place' && f.text === name)!;

	it('offers only islands for an island', () => {
		const d = entityDistractors(place('Andøya'), facts, 'The rocket lifted off from the island of ____ at dawn.', 'seed');
		expect(d.sort()).toEqual(['Bjørnøya', 'Senja', 'Vannøya']);
	});

	it('offers towns and unmarked places for a village, never a moon or an island', () => {
		const d = entityDistractors(place('Ringvik'), facts, 'Its factory is in the village of ____, where 200 people work.', 'seed');
		expect(d).not.toContain('Europa');
		expect(d.some((x) => ['Andøya', 'Bjørnøya', 'Senja', 'Vannøya'].includes(x))).toBe(false);
		expect(d).toContain('Kongsberg');
	});
});
