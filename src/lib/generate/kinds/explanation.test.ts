import { describe, expect, it } from 'vitest';
import { factsOf } from './test-helpers';

const asked = (text: string) => factsOf(text, 'explanation').map((f) => [f.prompt, f.answer]);

describe('a reason and, after ", so", what it explains', () => {
	it.each([
		[
			'a present verb',
			'Salt water freezes at a lower temperature than fresh water, so sea ice forms later in the autumn.',
			'Why does sea ice form later in the autumn?',
			'Salt water freezes at a lower temperature than fresh water'
		],
		[
			'a past verb',
			'Every bridge on the valley road had been washed away, so supplies reached the villages by mule.',
			'Why did supplies reach the villages by mule?',
			'Every bridge on the valley road had been washed away'
		],
		[
			'a plural present verb',
			'Copper conducts heat very well, so copper pans warm evenly across their base.',
			'Why do copper pans warm evenly across their base?',
			'Copper conducts heat very well'
		],
		[
			'a modal',
			"Most of the samples came from one hospital, so the trial's results might not hold for rural patients.",
			"Why might the trial's results not hold for rural patients?",
			'Most of the samples came from one hospital'
		],
		[
			'"cannot" split around the subject',
			'Glass fibres bend only slightly before they snap, so fibre cables cannot turn sharp corners.',
			'Why can fibre cables not turn sharp corners?',
			'Glass fibres bend only slightly before they snap'
		],
		[
			'a copula',
			'Night trains run half empty in winter, so winter fares are lower than summer ones.',
			'Why are winter fares lower than summer ones?',
			'Night trains run half empty in winter'
		],
		[
			'an opening condition kept in the question',
			'When the tide turns, cold water flows in from the open sea, so the shallow bay cools within hours.',
			'Why does the shallow bay cool within hours when the tide turns?',
			'cold water flows in from the open sea'
		],
		[
			'a relative clause in the subject',
			'The ticket includes the return journey, so travellers who book early pay nothing more.',
			'Why do travellers who book early pay nothing more?',
			'The ticket includes the return journey'
		]
	])('%s', (_, text, prompt, answer) => {
		expect(asked(text)).toContainEqual([prompt, answer]);
	});

	it.each([
		['a purpose ("so that")', 'The doors were widened, so that wheelchairs could pass.'],
		['a reason leaning on the sentence before', 'That change lowers the pressure, so the valve closes.'],
		['a bare "the" subject pointing back', 'Rain fell for a week, so the pattern shifted north.'],
		['a result opening on a pronoun', 'The forecast was poor, so we stayed at home for the weekend.'],
		['a result with a second clause', 'The mesh holes are tiny, so microwaves stay inside while light, being shorter, escapes.'],
		['a quotation', '"Nobody came to the meetings, so we went to them," said the organiser.'],
		['"so far", a time', 'The survey began in May, so far with 40 replies from farmers.'],
		['a modal the tagger reads beside another verb', 'The toll is added to the fare, so a tin that costs one euro in town will cost two on board.']
	])('finds no explanation in %s', (_, text) => {
		expect(asked(text)).toEqual([]);
	});
});
