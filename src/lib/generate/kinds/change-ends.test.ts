import { describe, expect, it } from 'vitest';
import { factsOf, questionsOf } from './test-helpers';

const read = (text: string) => factsOf(text, 'change').map((f) => [f.subject, f.from, f.answer, f.rest]);

describe('a change between two values of one shape, and where it holds', () => {
	it.each([
		[
			'Across the county, the share of homes with solar panels rose from 4 percent to 11 percent.',
			['the share of homes with solar panels', '4 percent', '11 percent', ' across the county']
		],
		[
			'The failure rate of the old valves fell from 12 per cent to 3 per cent after the redesign.',
			['the failure rate of the old valves', '12 per cent', '3 per cent', ' after the redesign']
		],
		['The fare for a single journey went up from $2.50 to $3.10 in January.', ['the fare for a single journey', '$2.50', '$3.10', ' in January']],
		[
			'At the northern sites, average nest survival climbed from roughly 20% to 55%.',
			['average nest survival', 'roughly 20%', '55%', ' at the northern sites']
		],
		[
			'The median wait for a first appointment fell from 41 days in the spring before the pilot scheme began to 19 days in its second year.',
			['the median wait for a first appointment', '41 days in the spring before the pilot scheme began', '19 days', ' in its second year']
		],
		['In 2019, the toll rose from 20 percent to 30 percent.', ['the toll', '20 percent', '30 percent', '']]
	])('%s', (text, fact) => {
		expect(read(text)).toContainEqual(fact);
	});

	it('asks how it changed where the change holds, with both ends on the card', () => {
		const card = questionsOf('Among the coastal colonies, the hatching rate dropped from 62 percent to 35 percent.', 'change').find(
			(q) => q.type === 'flashcard'
		);
		expect(card?.type === 'flashcard' && [card.prompt, card.back]).toEqual([
			'How did the hatching rate change among the coastal colonies?',
			'It dropped from 62 percent to 35 percent among the coastal colonies'
		]);
	});

	it.each([
		'Ticket prices ranged from 20 percent to 30 percent of a weekly wage.',
		'The survey asked people aged from 18 to 65 about their sleep.',
		'Campaigners cite Bramford, where the recycling rate rose from 30 percent to 70 percent in a year.'
	])('reads no change without a verb of change: %s', (text) => {
		expect(read(text)).toEqual([]);
	});
});
