import { describe, expect, it } from 'vitest';
import { entityDistractors } from './distractors';
import { honorificBeforeBlank, opensOnHonorific, regionAfterBlank } from './distractors-form';
import { extractFacts, type FactOf } from './facts';
import { splitSentences } from './sentences';

describe('the form the words beside a blank give its answer', () => {
	it.each([
		['The trust hired a surveyor, Mr ____, to value the barn.', true],
		['Her notes were typed up by Dr. ____ after the inquest.', true],
		['The letter went to Mrs ____ at the vicarage.', true],
		['The surveyor, ____, valued the barn.', false],
		['The trust thanked ____ for the loan of the boat.', false],
		['A drum ____ on the landing.', false]
	])('an honorific before the blank: %s', (prompt, expected) => {
		expect(honorificBeforeBlank(prompt)).toBe(expected);
	});

	it.each([
		['Mr Pearce', true],
		['Dr. Okoro', true],
		['Alderman Thomas Reddaway', true],
		['Miss Edith Langley', true],
		['Hannah Pearce', false],
		['J. C. Farrant', false]
	])('a name that opens on a title: %s', (name, expected) => {
		expect(opensOnHonorific(name)).toBe(expected);
	});

	it.each([
		['The pianist grew up in ____, Ontario, above a bakery.', true],
		['The depot moved to ____, New South Wales.', true],
		['She was born in ____, Vermont; her brother in Maine.', true],
		['Born in ____, Ilse moved north at nine.', false],
		['The ferry runs from ____ to Calais.', false],
		['The plant in ____, which opened in 1990, shut.', false]
	])('a region set off after the blank: %s', (prompt, expected) => {
		expect(regionAfterBlank(prompt)).toBe(expected);
	});
});

describe('entityDistractors and the form of the blank', () => {
	const facts = extractFacts(
		splitSentences(
			'The county hired an assessor, Mr Oliver Quant, in 1961. Mr Dunstable objected to the plan. Hannah Reece, a farmer, backed it. The vicar, Colin Abara, agreed. ' +
				'Later Mrs Threlfall wrote to the board. The museum opened in Kettering. Its founder was born in Lowell, Massachusetts, in 1911. ' +
				'The collection toured Bristol and Leeds before it returned to Kettering.'
		),
		{ year: 2024, month: 1, day: 1 }
	);
	const person = facts.find((f): f is FactOf<'person'> => f.kind === 'person' && f.key === 'Oliver Quant');
	const place = facts.find((f): f is FactOf<'place'> => f.kind === 'place' && f.text === 'Lowell');

	it('offers no one who brings an honorific of their own after "Mr ____"', () => {
		expect(person).toBeDefined();
		const offered = entityDistractors(person!, facts, 'The county hired an assessor, Mr ____, in 1961.', 'seed');
		expect(offered).toContain('Hannah Reece');
		expect(offered.filter(opensOnHonorific)).toEqual([]);
	});

	it('still offers titled people where the prompt holds no honorific', () => {
		const offered = entityDistractors(person!, facts, 'Who did the county hire as its assessor in 1961?', 'seed');
		expect(offered.some(opensOnHonorific)).toBe(true);
	});

	it('offers no town of the article for a town its region qualifies, and some where none does', () => {
		expect(place).toBeDefined();
		expect(entityDistractors(place!, facts, 'Its founder was born in ____, Massachusetts, in 1911.', 'seed')).toEqual([]);
		expect(entityDistractors(place!, facts, 'Its founder was born in ____ in 1911.', 'seed').length).toBeGreaterThan(0);
	});
});
