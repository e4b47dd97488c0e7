import { describe, expect, it } from 'vitest';
import { articleLead, definiteContext, restoreOrdinals, settleDefinites } from './references-definite';

const lead = 'Harbour towns rethink their winters\n\nA new plan for Merrow Bay sets out how the harbour will cope with ice.\n\n';
const none = new Map<string, Set<string>>();
const settle = (prompt: string, before: string, names = none) =>
	settleDefinites(prompt, definiteContext(`${lead}${before}`, names), lead.length + before.length);

describe('settleDefinites', () => {
	it('drops a prompt whose "the design" an earlier sentence brought in', () => {
		const before = 'Two engineers at Norwick drew up a storage design for spare heat in 2019.';
		expect(settle('The design was patented in ____.', before)).toBeNull();
		expect(settle('What is the fine powder made of?', 'Glaciers grind rock into rock flour, a fine powder that clouds the water.')).toBeNull();
	});

	it('keeps "the design" when the prompt itself says which, or brought it in first', () => {
		const before = 'Two engineers at Norwick drew up a storage design for spare heat in 2019.';
		const valve = 'The design of the valve was patented in ____ after a long wait at the patent office in Bern.';
		expect(settle(valve, before)).toBe(valve);
		expect(settle('A storage design was drawn up, and the design was patented in ____.', before)).toBe(
			'A storage design was drawn up, and the design was patented in ____.'
		);
	});

	it('keeps a superlative, which says which by itself, though an earlier sentence brought the noun in', () => {
		const before = 'Volunteers weighed a crop from every orchard and counted weeds in each row.';
		for (const prompt of [
			'Why did the oldest orchards give the best crop?',
			'Which orchard had the fewest weeds?',
			'Why did the sheltered rows have the most weeds?',
			'In ____, the shortest trees gave the worst crop.'
		])
			expect(settle(prompt, before), prompt).toBe(prompt);
		// With no degree, "the crop" leans on the sentence that weighed it.
		expect(settle('The crop failed in ____.', before)).toBeNull();
	});

	it('takes no unit of a figure for a kind: "a 0.5 per cent monthly increase" is no "per cent monthly increase"', () => {
		const before = 'Bus fares rose 4.1 per cent, after a 0.5 per cent monthly increase in March.';
		expect(settle('The council said the monthly increase was smaller than the ____ rise a year earlier.', before)).toBeNull();
	});

	it('says in full the one introduction a compound names, the tagger reading its noun as a verb or not', () => {
		const before = 'The club signed a 12-year loan contract with the council in 2015.';
		expect(settle('What does the loan contract require the club to do?', before)).toBe('What does the 12-year loan contract require the club to do?');
		expect(settle('The loan contract requires the club to repay ____ pounds a year.', before)).toBe(
			'The 12-year loan contract requires the club to repay ____ pounds a year.'
		);
		expect(settle('What does the contract require the club to do?', before)).toBe('What does the 12-year loan contract require the club to do?');
		// Another kind of contract, or a figure read as the kind's words, is not the one brought in.
		expect(settle('What does the service contract require the club to do?', before)).toBeNull();
		expect(settle('What does the loan contract require the club to do?', 'The club signed a £4 million loan contract in 2015.')).toBeNull();
	});

	it('keeps a first mention: nothing before it brought the noun in', () => {
		const prompt = 'The storm hit the coast late on Friday and flooded ____ homes in three fishing villages.';
		expect(settle(prompt, 'Fishing fleets stayed in port all week.')).toBe(prompt);
	});

	it('keeps a noun the lead brings in: the article is about that plan', () => {
		expect(settle('The plan will cost ____.', 'Officials published a plan with three parts.')).toBe('The plan will cost ____.');
		expect(articleLead('Title here\n\nBy Ann Lee\n\nThe opening paragraph of the story names the plan and its cost in full.')).toContain('plan');
	});

	it('puts the one name the article gives the noun in its place, possessive and all', () => {
		const names = new Map([['city', new Set(['Duluth'])]]);
		const before = 'Duluth, a city on the lake shore, tried a heat network.';
		expect(settle('Much of the city’s heat escapes through ____.', before, names)).toBe('Much of Duluth’s heat escapes through ____.');
		const two = new Map([['city', new Set(['Duluth', 'Fargo'])]]);
		expect(settle('Much of the city’s heat escapes through ____.', `${before} Fargo, a city to the west, did not.`, two)).toBeNull();
	});

	it('says in full an introduction that names a kind of its own', () => {
		const before = 'Using a hot-water drill, the crew bored a hole through the ice.';
		expect(settle('Engineer Ana Moss designed the drill in ____.', before)).toBe('Engineer Ana Moss designed the hot-water drill in ____.');
	});

	it('takes no rest of a figure for a kind: "a £4 million hardship fund" is no "million hardship" fund', () => {
		const TABLE: [string, string][] = [
			['The ministry announced a £4 million hardship fund for farms.', 'The union welcomed the fund but said it would cover ____ farms.'],
			['The city set aside $2.5 billion road funds this year.', 'Officials said the funds would last ____ years.'],
			['The state gave the hospital a $9 million building grant.', 'The grant paid for ____ new beds.'],
			['Rivals made a €1.2 trillion euro offer to the bank.', 'The offer valued each share at ____.']
		];
		for (const [before, prompt] of TABLE) expect(settle(prompt, before), before).toBeNull();
		// A kind of its own is still said in full.
		expect(settle('The fund paid ____ farms.', 'The ministry set up a special hardship fund.')).toBe('The special hardship fund paid ____ farms.');
	});

	it('takes no clause for an introduction: "46 gained little benefit" brings in no benefit', () => {
		const before = 'Of the 52 patients, 46 gained little benefit from the scan.';
		expect(settle('The clinic will publish how long the benefit lasts in ____, once every patient is scanned again.', before)).toBe(
			'The clinic will publish how long the benefit lasts in ____, once every patient is scanned again.'
		);
		// A stray mark is no word of a kind.
		const restored = 'Service was restored ____ after the lock was taken and every booking was checked by hand.';
		expect(settle(restored, '13:09 - lock taken on the table.')).toBe(restored);
		// Near misses: after "a", a verb form is a modifier; an adjective before the noun is a kind, said in full.
		expect(settle('Readings taken by the probe showed ____ degrees.', 'The team lowered a sterilised sampling probe.')).toBe(
			'Readings taken by the sterilised sampling probe showed ____ degrees.'
		);
		expect(
			settle(
				'The clinic will publish how long the benefit lasts in ____, once every patient is scanned again.',
				'Of the 52 patients, 46 saw a lasting clinical benefit.'
			)
		).toBe('The clinic will publish how long the lasting clinical benefit lasts in ____, once every patient is scanned again.');
	});

	it('leaves a phrase outside the clauses a blank question asks about', () => {
		const before = 'Using a hot-water drill, the crew bored a hole through the ice.';
		expect(settle('Engineer ____, who built the pump, said the hole froze at night.', before)).toBe(
			'Engineer ____, who built the pump, said the hole froze at night.'
		);
		expect(settle('What made the hole freeze at night?', before)).toBeNull();
	});
});

describe('settleDefinites on a short sentence', () => {
	const before = 'Parents in the valley began collecting money for a new bridge over the ford.';
	it.each([
		'The appeal raised ____ in two years.',
		'The collection reached £900 by Easter.',
		'Work on the span began in ____.',
		'The council approved the plan in 1994.',
		'The scheme was dropped. The council later paid ____ towards a ferry instead.',
		// An opening phrase says how or when, not which: the clause from the subject on is short.
		'Slow and costly at first, the appeal raised ____ by the following spring.',
		'Small at first, the collection reached £900 by Easter.'
	])('drops a short opening statement whose "the …" no earlier word says: %s', (prompt) => {
		expect(settle(prompt, before)).toBeNull();
	});

	it.each([
		// Long enough to say which itself.
		'The appeal, which church wardens ran from the vestry for two winters, raised ____ in total.',
		// A question is short by its making.
		'How much did the appeal raise?',
		// The sentence it goes on from is shown before it.
		'Parents set up an appeal for a bridge over the ford. The appeal raised ____ in two years.',
		// The noun is named beside it.
		'In the capital, Selby, rents rose ____.',
		// A noun the lead brings in is the article’s own.
		'The harbour froze in ____.',
		// A clause, a name or a figure before the subject may say which.
		'Though parents had given money for years, the appeal raised ____ in 2004.',
		'Run by Mary Tolland of the ford, the appeal raised ____ in two years.',
		'After a £40 gift from the Dunmore estate, the collection reached ____ by Easter.'
	])('keeps: %s', (prompt) => {
		expect(settle(prompt, before)).toBe(prompt);
	});

	// A question is read by the sentence it was made from, which the article holds at `start`.
	const ask = (question: string, source: string) => {
		const article = `${lead}${before} ${source} The valley celebrated in June.`;
		return settleDefinites(question, definiteContext(article, none), article.indexOf(source));
	};

	it.each([
		['How much did the appeal raise in two years?', 'The appeal raised £900 in two years.'],
		['In what year did the council approve the plan?', 'The council approved the plan in 1994.']
	])('drops a question made from a short sentence whose "the …" no earlier word says: %s', (question, source) => {
		expect(ask(question, source)).toBeNull();
	});

	it.each([
		['How much did the appeal raise?', 'The appeal, which church wardens ran from the vestry for two winters, raised £900 in all.'],
		['How many stars does the reviewer give “Tide”?', 'Rating: three stars.']
	])('keeps a question made from a longer sentence, or about the writer: %s', (question, source) => {
		expect(ask(question, source)).toBe(question);
	});

	it('keeps the article’s first sentence, which follows nothing', () => {
		const article = 'Bridge fund\n\nThe appeal raised £900 in two years.\n\nParents gave most of it.';
		expect(settleDefinites('The appeal raised ____ in two years.', definiteContext(article, none), article.indexOf('The appeal'))).toBe(
			'The appeal raised ____ in two years.'
		);
	});

	it('puts the one name the article gives the noun in its place', () => {
		const names = new Map([['appeal', new Set(['the Ford Bridge Appeal'])]]);
		expect(settle('The appeal raised ____ in two years.', before, names)).toBe('The Ford Bridge Appeal raised ____ in two years.');
	});
});

describe('restoreOrdinals', () => {
	it('gives an ordinal the noun the sentence before counted', () => {
		const before = 'At 6-5 in the last set, Ilse Marr had two break points on Dana Ruiz’s serve.';
		expect(restoreOrdinals('Ruiz saved the first with a lob and the second with an ace.', before)).toBe(
			'Ruiz saved the first break point with a lob and the second break point with an ace.'
		);
	});

	it.each([
		['Westmoor manager Andrés Solano was critical of the second booking for van Rooij.', 'He had played two years at the club.'],
		['The first sitting of the new council lasted six hours.', 'The town elected three councils in two years.'],
		['Only the third meeting produced a deal.', 'The unions held four meetings in two years.']
	])('leaves an ordinal before a noun in -ing: %s', (prompt, before) => {
		expect(restoreOrdinals(prompt, before)).toBe(prompt);
	});

	it('leaves it when the sentence before counts nothing or two kinds of thing', () => {
		expect(restoreOrdinals('Ruiz saved the first with a lob.', 'Ilse Marr pressed hard.')).toBe('Ruiz saved the first with a lob.');
		const two = 'Marr had two break points and three set points.';
		expect(restoreOrdinals('Ruiz saved the first with a lob.', two)).toBe('Ruiz saved the first with a lob.');
	});
});

describe('settleDefinites and roles', () => {
	it('drops a prompt whose role two people in the article hold', () => {
		const before = 'Ola Berg, the first substitute, came on. Substitute Ivo Sand scored.';
		const context = definiteContext(`${lead}${before}`, none, new Set(['Berg', 'Sand']));
		expect(settleDefinites('The substitute scored in the ____ minute.', context, lead.length + before.length)).toBeNull();
	});
});
