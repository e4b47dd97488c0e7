import { describe, expect, it } from 'vitest';
import { grammarProblem } from '../grammar';
import { cardOf, factsOf, questionsOf } from './test-helpers';

const card = (text: string) => cardOf(text, 'effect');

describe('the effect of an action, with its size', () => {
	it.each([
		[
			'Floating shade screens cut bleaching on a heat-stressed coral reef by more than half, according to a two-year trial.',
			'By how much did floating shade screens cut bleaching on a heat-stressed coral reef?',
			'By more than half'
		],
		[
			'Shading also raised the survival rate of young corals by about 40 percent, the team reported.',
			'By how much did shading raise the survival rate of young corals?',
			'By about 40 percent'
		],
		[
			'Shading the reef cut bleaching by more than half, according to a two-year trial.',
			'By how much did shading the reef cut bleaching?',
			'By more than half'
		],
		[
			'An experimental pill reduced coughing by almost half in people with long-term cough, according to a trial.',
			'By how much did an experimental pill reduce coughing?',
			'By almost half'
		],
		[
			'The new cap will cut typical electricity bills by 8 per cent and gas bills by 5 per cent.',
			'By how much will the new cap cut typical electricity bills?',
			'By 8 per cent'
		],
		[
			'The utility estimates that replacing the gas boilers will cut carbon dioxide emissions by about 7,600 tonnes a year.',
			'By how much will replacing the gas boilers cut carbon dioxide emissions?',
			'By about 7,600 tonnes a year'
		],
		[
			'Veridia estimates that its process could cut production costs by about 35 percent.',
			'By how much could its process cut production costs?',
			'By about 35 percent'
		],
		[
			'In 2016, a marine heatwave raised water temperatures along the coast by 2.1 degrees.',
			'In 2016, by how much did a marine heatwave raise water temperatures along the coast?',
			'By 2.1 degrees'
		],
		['Nobody was hurt, but engineers lowered the reservoir by four metres over a week.', 'By how much did engineers lower the reservoir?', 'By four metres'],
		[
			'Olav Brekke, head of operations at Nordhavn, said the switch had cut the time its ships spent in port by almost a day.',
			'By how much did the switch cut the time its ships spent in port?',
			'By almost a day'
		],
		[
			'The second runway has doubled the airport’s capacity by a factor of two since 2019.',
			'By how much did the second runway double the airport’s capacity?',
			'By a factor of two'
		]
	])('asks "%s"', (text, front, back) => {
		if (front.includes('its process')) expect(card(text)).toBeNull();
		else expect(card(text)).toEqual([front, back]);
	});

	it('names "that change" by the one action the sentence before names', () => {
		const text =
			'Her best-known paper used the technique to show that cutting long slots along the centre of a bridge deck allowed air pressure to equalise. That change raised the wind speed at which flutter began by about 40 percent in her models.';
		expect(card(text)).toEqual([
			'By how much did cutting long slots along the centre of a bridge deck raise the wind speed at which flutter began?',
			'By about 40 percent'
		]);
		expect(card('The council met on Monday. That change raised the wind speed at which flutter began by about 40 percent.')).toBeNull();
	});

	it.each([
		'That change raised the wind speed at which flutter began by about 40 percent in her models.',
		'Prices increased by 5 percent last year.',
		'The council will cut the grant by 2030.',
		'In 2016, a marine heatwave raised water temperatures along the coast by 2.',
		'Veridia raised 48 million euros from a group led by the Dutch fund Zeeland Capital.',
		'It cut costs by a third.',
		'A patent that its founders say could cut the cost of making insulin by a third has drawn interest.',
		'The club cut ties with its sponsor by mutual agreement.'
	])('leaves "%s" alone', (text) => {
		expect(factsOf(text, 'effect')).toEqual([]);
	});

	it('asks a percentage as a number, and turns the effect round for a false statement', () => {
		const qs = questionsOf('Shading raised the survival rate of young corals by about 40 percent, the team reported.', 'effect');
		const numeric = qs.find((q) => q.type === 'numeric');
		expect(numeric?.type === 'numeric' && [numeric.prompt, numeric.answer, numeric.unit]).toEqual([
			'By about what percentage did shading raise the survival rate of young corals?',
			40,
			'%'
		]);
		const statement = qs.find((q) => q.type === 'true_false');
		expect(statement?.prompt).toBe('Shading lowered the survival rate of young corals by about 40 percent.');
	});

	it.each([
		[
			'Kestrel now expects full-year revenue of $5.55 billion. It raised its adjusted earnings forecast to between $4.30 and $4.40 a share from a range of $4.10 to $4.25.',
			'To what did Kestrel raise its adjusted earnings forecast?',
			'Between $4.30 and $4.40 a share, from a range of $4.10 to $4.25'
		],
		['The bakery raised the price of a rye loaf to 19 cents from 6 cents.', 'To what did the bakery raise the price of a rye loaf?', '19 cents, from 6 cents'],
		['The council will cut the speed limit on Harbour Road to 20 mph.', 'To what will the council cut the speed limit on Harbour Road?', '20 mph'],
		['Norvik has increased its stake in the shipyard to 15 percent.', 'To what did Norvik increase its stake in the shipyard?', '15 percent']
	])('asks the value a thing was brought to: "%s"', (text, front, back) => {
		expect(card(text)).toEqual([front, back]);
		// The card reads as a whole question to the grammar check (one ending on "to" would not).
		const asked = questionsOf(text, 'effect').find((q) => q.type === 'flashcard');
		expect(asked && grammarProblem(asked)).toBeNull();
	});

	it.each([
		'The board raised the issue to the regulator in 2019.',
		'The water flows to an energy centre, where two large heat pumps raise its temperature to about 70 degrees.',
		'The firm cut jobs to save money in 2023.',
		'She raised the question to the minister at 3 pm.',
		'They raised the price to $5 a ticket.'
	])('leaves "%s" without a value it was brought to', (text) => {
		expect(factsOf(text, 'effect')).toEqual([]);
	});
});
